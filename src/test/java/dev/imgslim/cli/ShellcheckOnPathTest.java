package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.shellcheck.ShellcheckRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code shellcheck} a lint runs is the one on the PATH of the environment the run is given, not the
 * process's: an in-process caller (a test, the class-data training) decides which ShellCheck runs, or that
 * none does.
 */
class ShellcheckOnPathTest {
    @TempDir
    Path dir;

    @Test
    void theShellcheckOnTheRunsPathIsTheOneThatRuns() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("calls.log");
        // A real executable that answers as ShellCheck does (json1, exit 1: comments found), with one
        // comment on the first line of each script it is given (lines 1-2 are imgslim's header).
        executable(
                bin.resolve("shellcheck"),
                "#!/bin/sh\n"
                        + "echo \"$@\" >> '" + calls + "'\n"
                        + "f=''\n"
                        + "for a in \"$@\"; do case \"$a\" in *.sh) f=\"$a\" ;; esac; done\n"
                        + "printf '{\"comments\":[{\"file\":\"%s\",\"line\":3,\"endLine\":3,\"column\":1,"
                        + "\"endColumn\":2,\"code\":9999,\"level\":\"warning\",\"message\":\"from the fake\"}]}\\n' \"$f\"\n"
                        + "exit 1\n");
        Path df = dockerfile();

        Cli r = lintWithPath(bin, "--no-fail", "-f", "plain", df.toString());

        assertThat(calls).as(r.err()).exists();
        assertThat(Files.readString(calls)).contains("--format=json1");
        assertThat(r.out())
                .contains(df + ":2:5: warning: [SC9999 shellcheck] from the fake")
                .doesNotContain("SC2086");
    }

    @Test
    void aPathWithoutShellcheckRunsNoneAndVerboseSaysSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty-bin"));
        Path df = dockerfile();

        Cli r = lintWithPath(empty, "--no-fail", "--verbose", "-f", "plain", df.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("shellcheck");
        assertThat(r.err()).contains("imgslim: " + ShellcheckRule.NOT_FOUND_MESSAGE);
        assertThat(dir.resolve("cache")).as("nothing to cache").doesNotExist();
    }

    /** A Dockerfile whose RUN ShellCheck would comment on (SC2086). */
    private Path dockerfile() throws Exception {
        return Files.writeString(dir.resolve("Dockerfile"), "FROM debian:bookworm\nRUN mkdir -p $HOME/x\n");
    }

    /** {@code imgslim lint ARGS} with only {@code bin} on the PATH and a cache folder under the test's. */
    private Cli lintWithPath(Path bin, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "lint";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.runWithEnv(
                Map.of(
                        "PATH",
                        bin.toString(),
                        "XDG_CACHE_HOME",
                        dir.resolve("cache").toString()),
                all);
    }

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
