package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.shellcheck.ShellcheckInstalled;
import dev.imgslim.rules.shellcheck.ShellcheckRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment a run is given decides where ShellCheck's results are kept, not the process's: an
 * in-process caller of {@link Main#run(Map, java.io.PrintWriter, java.io.PrintWriter, String...)} with its
 * own (the class-data training, a test) keeps to its own folder and leaves the user's cache alone.
 */
class ShellcheckCacheFolderTest {
    @TempDir
    Path dir;

    @Test
    void anInProcessRunKeepsShellcheckResultsInTheCacheFolderOfItsOwnEnvironmentOnly() throws Exception {
        ShellcheckInstalled.require();
        // a script no earlier run can have cached, so that finding it anywhere means this run put it there
        String marker = "marker" + System.nanoTime();
        Path df = Files.writeString(
                dir.resolve("Dockerfile"), "FROM debian:bookworm\nRUN mkdir -p $HOME/" + marker + "\n");
        Path own = dir.resolve("run-cache");
        Path ownHome = dir.resolve("run-home");
        Cli r = Cli.runWithEnv(
                Map.of(
                        "XDG_CACHE_HOME",
                        own.toString(),
                        "HOME",
                        ownHome.toString(),
                        "PATH",
                        System.getenv().getOrDefault("PATH", "")),
                "lint",
                "--no-fail",
                "-f",
                "plain",
                df.toString());
        assertThat(r.out()).as(r.err()).contains("[SC2086 shellcheck]");

        assertThat(filesHolding(own, marker)).as("the run's own cache folder").isNotEmpty();
        assertThat(ownHome).as("HOME is not used when XDG_CACHE_HOME is set").doesNotExist();
        Path processCache = ShellcheckRule.cacheFolder(System.getenv());
        assertThat(processCache).isNotEqualTo(own.resolve("imgslim").resolve("shellcheck"));
        assertThat(filesHolding(processCache, marker))
                .as("the cache folder of the process's environment")
                .isEmpty();
    }

    /** The files under {@code folder} (none when it does not exist) whose bytes contain {@code text}. */
    private static List<Path> filesHolding(Path folder, String text) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
