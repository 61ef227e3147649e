package dev.imgslim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint run without the CLI: what fix, analyze, editor integration and tests call. */
class LintRunTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static InputStream noStdin() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Test
    void eachFileGoesToTheSinkAsItCompletesInInputOrder() throws Exception {
        Path fat = write("Dockerfile.fat", "FROM python:3.12\nCMD [\"python\"]\n");
        Path broken = write("Dockerfile.broken", "FROM alpine\nFORM x\n");
        Path slim = write("Dockerfile.slim", "FROM python:3.12-slim\nCMD [\"python\"]\n");
        List<FileResult> seen = new ArrayList<>();
        LintRun run = new LintRun(dev.imgslim.rules.LintEngine.builtin(), LintSettings.defaults(), noStdin());
        run.run(List.of(fat.toString(), broken.toString(), slim.toString()), seen::add);

        assertThat(seen)
                .extracting(FileResult::file)
                .containsExactly(fat.toString(), broken.toString(), slim.toString());
        assertThat(seen.get(0).ok()).isTrue();
        assertThat(seen.get(0).findings()).extracting(f -> f.rule().name()).contains("fat-base-variant");
        assertThat(seen.get(1).ok()).isFalse();
        assertThat(seen.get(1).error().render())
                .isEqualTo(broken + ":2:1: error: unknown instruction: FORM (did you mean FROM?)");
        assertThat(seen.get(2).findings()).extracting(f -> f.rule().name()).doesNotContain("fat-base-variant");
    }

    /**
     * A small file is read and parsed before the engine is asked for: the CLI's engine is made on another
     * thread meanwhile, and asking first kept the main thread waiting for it. The engine's supplier rewrites
     * the file, so the findings tell which text was linted; with ShellCheck on (the default) and off.
     */
    @Test
    void aSmallFileIsReadAndParsedBeforeTheEngineIsAskedFor() throws Exception {
        for (boolean shellcheck : new boolean[] {true, false}) {
            Path file = write("Dockerfile", "FROM python:3.12\nRUN echo $HOME\n");
            LintRun run = new LintRun(
                    () -> {
                        try {
                            Files.writeString(file, "FROM scratch\n");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return dev.imgslim.rules.LintEngine.builtin();
                    },
                    LintSettings.of(Config.defaults().withShellcheck(shellcheck)),
                    noStdin());
            FileResult result = run.lintFile(file.toString());

            assertThat(result.findings())
                    .as("shellcheck " + shellcheck)
                    .extracting(f -> f.rule().name())
                    .contains("fat-base-variant");
        }
    }

    /**
     * Input of unknown size (standard input, a device) may fill the heap while it is read: the engine is
     * made first, so that no class of it can fail to initialise for want of memory on another thread.
     */
    @Test
    void standardInputWaitsForTheEngineBeforeItIsRead() {
        ByteArrayInputStream stdin = new ByteArrayInputStream("FROM python:3.12\n".getBytes(StandardCharsets.UTF_8));
        List<Integer> unreadWhenAsked = new ArrayList<>();
        LintRun run = new LintRun(
                () -> {
                    unreadWhenAsked.add(stdin.available());
                    return dev.imgslim.rules.LintEngine.builtin();
                },
                LintSettings.defaults(),
                stdin);
        FileResult result = run.lintFile("-");

        assertThat(unreadWhenAsked).containsExactly(17);
        assertThat(result.findings()).extracting(f -> f.rule().name()).contains("fat-base-variant");
    }

    @Test
    void lintAllCollectsSortedFindingsAndErrors() throws Exception {
        Path a = write("Dockerfile", "FROM python:3.12\nRUN apt-get update && apt-get install -y gcc\n");
        LintResult result = LintRun.of(LintSettings.defaults())
                .lintAll(List.of(a.toString(), dir.resolve("missing").toString()));
        assertThat(result.errors()).extracting(LintResult.FileError::message).containsExactly("no such file");
        assertThat(result.findings()).isNotEmpty().isSortedAccordingTo(dev.imgslim.rules.LintEngine.ORDER);
        assertThat(result.findings())
                .extracting(f -> f.rule().name())
                .contains("apt-lists-not-removed", "apt-install-recommends");
    }

    @Test
    void settingsReachTheRules() throws Exception {
        Path a = write("Dockerfile", "ARG BASE=python:3.12\nFROM ${BASE}\nCMD [\"python\"]\n");
        LintSettings slim = LintSettings.defaults().withBuildArgs(Map.of("BASE", "python:3.12-slim"));
        assertThat(LintRun.of(LintSettings.defaults()).lintFile(a.toString()).findings())
                .extracting(f -> f.rule().name())
                .contains("fat-base-variant");
        assertThat(LintRun.of(slim).lintFile(a.toString()).findings())
                .extracting(f -> f.rule().name())
                .doesNotContain("fat-base-variant");
        LintSettings ignoring = LintSettings.of(Config.defaults().withIgnore(List.of("fat-base-variant")));
        assertThat(LintRun.of(ignoring).lintFile(a.toString()).findings())
                .extracting(Finding::rule)
                .noneMatch(r -> r.name().equals("fat-base-variant"));
    }

    @Test
    void anUnknownTargetIsAFileErrorListingTheStages() throws Exception {
        Path a = write(
                "Dockerfile",
                "FROM golang:1.22 AS build\nRUN go build\nFROM debian:bookworm AS final\nCMD [\"app\"]\n");
        FileResult r =
                LintRun.of(LintSettings.defaults().withTarget("nosuchstage")).lintFile(a.toString());
        assertThat(r.error().render())
                .isEqualTo(a + ":1:1: error: no stage named 'nosuchstage' (stages: build, final)");
        assertThat(LintRun.of(LintSettings.defaults().withTarget("BUILD"))
                        .lintFile(a.toString())
                        .ok())
                .isTrue();
    }

    @Test
    void inputAboveTheCapIsRefusedWithoutReadingItAll() throws Exception {
        // an endless stream: reading stops at the cap
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        LintRun run = new LintRun(
                dev.imgslim.rules.LintEngine.builtin(), LintSettings.defaults().withMaxInputBytes(64 * 1024), endless);
        FileResult r = run.lintFile("-");
        assertThat(r.error().render())
                .isEqualTo("-:1:1: error: larger than 64 KiB, not a Dockerfile (raise the limit with --max-file-size)");
    }
}
