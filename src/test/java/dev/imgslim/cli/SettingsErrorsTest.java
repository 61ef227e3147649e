package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings users get wrong: each is an exit 2 (or a warning) that says where and what, never a silent wrong answer. */
class SettingsErrorsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path twoStages() throws Exception {
        return write(
                "Dockerfile",
                "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM debian:bookworm-slim AS final\n"
                        + "COPY --from=build /app /app\nCMD [\"/app\"]\n");
    }

    @Test
    void buildArgWithoutValueTakesItFromTheEnvironmentInLintAndProbe() throws Exception {
        Path df = write("Dockerfile", "ARG BASE=python:3.12\nFROM ${BASE}\nCMD [\"python\"]\n");
        Map<String, String> env = Map.of("BASE", "python:3.12-slim", "DOCKER_HOST", "unix:///nonexistent/imgslim.sock");

        Cli lint = Cli.runWithEnv(env, "lint", "--no-color", "--size", "--build-arg", "BASE", df.toString());
        assertThat(lint.out()).contains("python:3.12-slim").doesNotContain("fat-base-variant");
        Cli unset = Cli.runWithEnv(Map.of(), "lint", "--no-color", "--size", "--build-arg", "BASE", df.toString());
        assertThat(unset.out()).contains("fat-base-variant"); // KEY unset in the environment: the ARG default applies

        Cli probe = Cli.runWithEnv(
                env, "probe", "--platform", "linux/amd64", "--timeout", "1s", "--build-arg", "BASE", df.toString());
        assertThat(probe.out()).contains("base python:3.12-slim");
    }

    @Test
    void anUnknownTargetIsAUsageErrorNamingTheStages() throws Exception {
        Path df = twoStages();
        for (String command : new String[] {"lint", "probe"}) {
            Cli r = Cli.runWithEnv(
                    Map.of("DOCKER_HOST", "unix:///nonexistent/imgslim.sock"),
                    command,
                    "--target",
                    "nosuchstage",
                    df.toString());
            assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains(df + ":1:1: error: no stage named 'nosuchstage' (stages: build, final)");
        }
    }

    @Test
    void unknownRulesOnTheCommandLineAreUsageErrorsWithASuggestion() throws Exception {
        Path df = twoStages();
        Cli ignore = Cli.run("lint", "--ignore", "apt-lists-not-remove", df.toString());
        assertThat(ignore.exitCode()).isEqualTo(2);
        assertThat(ignore.err())
                .contains("--ignore: unknown rule 'apt-lists-not-remove' (did you mean 'apt-lists-not-removed'?)");
        Cli severity = Cli.run("lint", "--severity", "DL300=error", df.toString());
        assertThat(severity.exitCode()).isEqualTo(2);
        assertThat(severity.err()).contains("--severity: unknown rule 'DL300' (did you mean");
        assertThat(Cli.run("lint", "--severity", "DL3008=loud", df.toString()).err())
                .contains("unknown severity 'loud'");
        // known ids in every spelling are accepted: code, name, alias, ShellCheck code, comma lists
        assertThat(Cli.run(
                                "lint",
                                "--no-fail",
                                "--ignore",
                                "IS101,DL3008",
                                "--ignore",
                                "apt-unpinned",
                                "--ignore",
                                "SC2086",
                                df.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void aCommaListInIgnoreIsSplit() throws Exception {
        Path df = write("Dockerfile", "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n");
        Cli all = Cli.run("lint", "--no-fail", "-f", "plain", df.toString());
        assertThat(all.out()).contains("apt-unpinned", "apt-lists-not-removed");
        Cli some =
                Cli.run("lint", "--no-fail", "-f", "plain", "--ignore", "DL3008,apt-lists-not-removed", df.toString());
        assertThat(some.out()).doesNotContain("apt-unpinned").doesNotContain("apt-lists-not-removed");
    }

    @Test
    void unknownRulesInTheConfigAreWarningsAtTheirEntry() throws Exception {
        Path df = twoStages();
        Path cfg = write(
                ".imgslim.yaml",
                "# team settings\nignore:\n  - DL3008\n  - apt-lists-not-remove\nseverity:\n  nosuchrule: error\n");
        Cli r = Cli.run("lint", "--no-fail", "-c", cfg.toString(), df.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err())
                .contains(
                        cfg
                                + ":4:5: warning: ignore: unknown rule 'apt-lists-not-remove' (did you mean 'apt-lists-not-removed'?)");
        assertThat(r.err()).contains(cfg + ":6:3: warning: severity: unknown rule 'nosuchrule'");
    }

    @Test
    void configErrorsPointAtTheOffendingKeyOrValue() throws Exception {
        Path df = twoStages();
        String[][] cases = {
            {"ignore: [DL3008]\nformat: plain\nbogus: 1\n", "3:1", "unknown setting 'bogus'"},
            {"severity:\n  DL3008: loud\n", "2:11", "unknown severity 'loud'"},
            {"failure-threshold: style\nshellcheck: \"false\"\n", "2:13", "'shellcheck' must be true or false"},
            {"shellcheck: 0\n", "1:13", "'shellcheck' must be true or false"},
            {"shellcheck: []\n", "1:13", "'shellcheck' must be true or false"},
            {"strict-labels: \"yes\"\n", "1:16", "'strict-labels' must be true or false"},
            {"label-schema: [a, b]\n", "1:15", "'label-schema' must map label names"},
            {"ignore:\n  - DL3008\nignore:\n  - DL3009\n", "3:1", "duplicate key 'ignore'"},
            {"ignore: DL3008\n", "1:9", "'ignore' must be a list"},
            {"failure-threshold: [error]\n", "1:20", "failure-threshold"},
        };
        for (String[] c : cases) {
            Path cfg = write("case/.imgslim.yaml", c[0]);
            Cli r = Cli.run("lint", "-c", cfg.toString(), df.toString());
            assertThat(r.exitCode()).as(c[0] + r.err()).isEqualTo(2);
            assertThat(r.err())
                    .as(c[0])
                    .contains(cfg + ":" + c[1] + ": error: ")
                    .contains(c[2]);
        }
    }

    @Test
    void anEmptyOrCommentOnlyConfigMeansTheDefaults() throws Exception {
        Path df = twoStages();
        for (String text : new String[] {"", "# nothing yet\n", "---\n"}) {
            Path cfg = write("empty/.imgslim.yaml", text);
            Cli r = Cli.run("lint", "--no-fail", "-c", cfg.toString(), df.toString());
            assertThat(r.exitCode()).as("'" + text + "': " + r.err()).isZero();
        }
    }

    @Test
    void aHugeConfigIsRejectedAtOnce() throws Exception {
        Path df = twoStages();
        Path cfg = dir.resolve("big.yaml");
        Files.writeString(cfg, "ignore:\n" + "  - DL3008\n".repeat(1_000_000));
        long t0 = System.nanoTime();
        Cli r = Cli.run("lint", "-c", cfg.toString(), df.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(cfg + ":1:1: error: larger than 1024 KiB");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
    }

    @Test
    void contextMustBeAFolder() throws Exception {
        Path df = twoStages();
        Cli missing = Cli.run("lint", "--context", dir.resolve("nope").toString(), df.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--context: " + dir.resolve("nope") + ": no such folder");
        Cli file = Cli.run("lint", "--context", df.toString(), df.toString());
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("is not a folder");
    }

    @Test
    void badSizesAndStdinTwiceAreUsageErrors() throws Exception {
        Path df = twoStages();
        Cli budget = Cli.run("lint", "--size-budget", "99999999999999999999999GB", df.toString());
        assertThat(budget.exitCode()).isEqualTo(2);
        assertThat(budget.err()).contains("too large");
        Cli stdinTwice = Cli.run("lint", "-", "-");
        assertThat(stdinTwice.exitCode()).isEqualTo(2);
        assertThat(stdinTwice.err()).contains("standard input) can be read only once");
        Cli threshold = Cli.run("lint", "--failure-threshold", "loud", df.toString());
        assertThat(threshold.exitCode()).isEqualTo(2);
        assertThat(threshold.err()).contains("--failure-threshold").contains("unknown severity 'loud'");
    }
}
