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

    @Test
    void withNeitherXdgCacheHomeNorHomeShellcheckRunsOnEveryRunAndNothingIsKept() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("calls.log");
        // A real executable that answers as ShellCheck does (json1), with one comment per script it is given.
        Path fake = bin.resolve("shellcheck");
        Files.writeString(
                fake,
                "#!/bin/sh\n"
                        + "echo run >> '" + calls + "'\n"
                        + "f=''\n"
                        + "for a in \"$@\"; do case \"$a\" in *.sh) f=\"$a\" ;; esac; done\n"
                        + "printf '{\"comments\":[{\"file\":\"%s\",\"line\":3,\"endLine\":3,\"column\":1,"
                        + "\"endColumn\":2,\"code\":9999,\"level\":\"warning\",\"message\":\"from the fake\"}]}\\n' \"$f\"\n"
                        + "exit 1\n");
        Files.setPosixFilePermissions(fake, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path df = Files.writeString(dir.resolve("Dockerfile"), "FROM debian:bookworm\nRUN mkdir -p $HOME/x\n");
        // The JVM's home, which the folder came from before: a scratch one, to see that nothing goes there.
        Path jvmHome = Files.createDirectory(dir.resolve("jvm-home"));
        String savedHome = System.getProperty("user.home");
        System.setProperty("user.home", jvmHome.toString());
        try {
            for (int run = 1; run <= 2; run++) {
                // Main.run itself: Cli.runWithEnv would add the test JVM's cache folder
                java.io.StringWriter out = new java.io.StringWriter();
                java.io.StringWriter err = new java.io.StringWriter();
                Main.run(
                        Map.of("PATH", bin.toString()),
                        new java.io.PrintWriter(out, true),
                        new java.io.PrintWriter(err, true),
                        "lint",
                        "--no-fail",
                        "-f",
                        "plain",
                        df.toString());
                assertThat(out.toString()).as(err.toString()).contains("[SC9999 shellcheck] from the fake");
                assertThat(Files.readAllLines(calls))
                        .as("ShellCheck ran on run " + run)
                        .hasSize(run);
            }
        } finally {
            System.setProperty("user.home", savedHome);
        }
        try (Stream<Path> kept = Files.list(jvmHome)) {
            assertThat(kept).as("the JVM's user.home").isEmpty();
        }
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
