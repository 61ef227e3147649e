package dev.imgslim.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.build.BuildModel;
import dev.imgslim.config.Config;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RunCache;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IS4xx rules against real build contexts made on disk for each test. */
class ContextRulesTest {

    @TempDir
    Path dir;

    /** Writes {@code text} to {@code rel} under the temp folder, creating parents. */
    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** Writes {@code n} bytes to {@code rel}. */
    private Path bytes(String rel, int n) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[n]);
        return p;
    }

    private static List<Finding> lint(Rule rule, Path dockerfile, Path context) throws Exception {
        String text = Files.readString(dockerfile);
        Dockerfile df = new DockerfileParser().parse(dockerfile.toString(), text);
        LintOptions options = new LintOptions(Config.defaults(), Map.of(), null, context, dockerfile);
        return new LintEngine(List.of(rule)).lint(df, options);
    }

    /** Lints as one file of a run that shares {@code run} with others. */
    private static List<Finding> lint(Rule rule, Path dockerfile, Path context, RunCache run) throws Exception {
        Dockerfile df = new DockerfileParser().parse(dockerfile.toString(), Files.readString(dockerfile));
        LintOptions options = new LintOptions(Config.defaults(), Map.of(), null, context, dockerfile);
        BuildModel model = BuildModel.of(df, options.buildArgs(), options.target());
        return new LintEngine(List.of(rule)).lint(new LintContext(df, model, options, run));
    }

    private static List<Finding> lintStdin(Rule rule, String text, Path context) throws Exception {
        Dockerfile df = new DockerfileParser().parse("-", text);
        return new LintEngine(List.of(rule))
                .lint(df, new LintOptions(Config.defaults(), Map.of(), null, context, null));
    }

    /** The size of every regular file under {@code rel}, added up the slow, obvious way. */
    private long sizeOnDisk(String rel) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve(rel))) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    @Nested
    class WhichIgnoreFile {
        @Test
        void contextOptionPointsAtAnotherFolderAndItsDockerignore() throws Exception {
            Path dockerfile = write("docker/app.Dockerfile", "FROM alpine:3.20\nCOPY secret.txt app.py /app/\n");
            // Beside the Dockerfile but not the context root: not used.
            write("docker/.dockerignore", "app.py\n");
            write("src/.dockerignore", "# comment\nsecret.txt\n");
            write("src/secret.txt", "s");
            write("src/app.py", "print()");
            List<Finding> findings = lint(new CopyIgnoredFile(), dockerfile, dir.resolve("src"));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("'secret.txt' is excluded by .dockerignore:2 `secret.txt`");
                assertThat(f.column()).isEqualTo(6);
            });
        }

        @Test
        void dockerfileSpecificIgnoreFileWinsOverTheContextOne() throws Exception {
            Path dockerfile = write("app.Dockerfile", "FROM alpine:3.20\nCOPY a.txt /a/\nCOPY b.txt /b/\n");
            write(".dockerignore", "a.txt\n");
            write("app.Dockerfile.dockerignore", "b.txt\n");
            write("a.txt", "a");
            write("b.txt", "b");
            List<Finding> findings = lint(new CopyIgnoredFile(), dockerfile, dir);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.message()).contains("excluded by app.Dockerfile.dockerignore:1 `b.txt`");
            });
        }

        @Test
        void stdinWithoutContextKnowsNothing() throws Exception {
            String text = "FROM alpine:3.20\nCOPY . /app/\nCOPY secret.txt /app/\n";
            assertThat(lintStdin(new DockerignoreMissing(), text, null)).isEmpty();
            assertThat(lintStdin(new CopyIgnoredFile(), text, null)).isEmpty();
        }

        @Test
        void stdinWithContextUsesTheContextRootDockerignore() throws Exception {
            write(".dockerignore", "secret.txt\n");
            String text = "FROM alpine:3.20\nCOPY secret.txt /app/\n";
            assertThat(lintStdin(new CopyIgnoredFile(), text, dir))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains(".dockerignore:1"));
        }
    }

    @Nested
    class Exceptions {
        @Test
        void anExceptionReIncludingTheSourceKeepsItQuiet() throws Exception {
            Path dockerfile = write("Dockerfile", "FROM alpine:3.20\nCOPY keep.txt /k/\nCOPY drop.txt /d/\n");
            write(".dockerignore", "*.txt\n!keep.txt\n");
            write("keep.txt", "k");
            write("drop.txt", "d");
            List<Finding> findings = lint(new CopyIgnoredFile(), dockerfile, dir);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.message()).contains("'drop.txt' is excluded by .dockerignore:1 `*.txt`");
            });
        }

        @Test
        void anExceptionBelowAnExcludedFolderKeepsTheFolderCopyQuiet() throws Exception {
            Path dockerfile = write("Dockerfile", "FROM alpine:3.20\nCOPY data /data\nCOPY data/drop.bin /x/\n");
            write(".dockerignore", "data\n!data/keep\n");
            write("data/keep", "k");
            write("data/drop.bin", "d");
            List<Finding> findings = lint(new CopyIgnoredFile(), dockerfile, dir);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.message()).contains("`data`");
            });
        }

        @Test
        void aLaterExclusionAfterTheExceptionWins() throws Exception {
            Path dockerfile = write("Dockerfile", "FROM alpine:3.20\nCOPY README.md /r/\n");
            write(".dockerignore", "*.md\n!README.md\nREADME.md\n");
            write("README.md", "r");
            assertThat(lint(new CopyIgnoredFile(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains(".dockerignore:3 `README.md`"));
        }

        @Test
        void knowingTheSourceIsAFileAnswersWhereAFolderWouldBeUnsure() throws Exception {
            // "!*/keep.txt" could bring back notes.txt/keep.txt if notes.txt were a folder.
            String ignore = "*.txt\n!*/keep.txt\n";
            Path dockerfile = write("Dockerfile", "FROM alpine:3.20\nCOPY notes.txt /n/\n");
            write(".dockerignore", ignore);
            write("notes.txt", "n");
            assertThat(lint(new CopyIgnoredFile(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("`*.txt`"));
            // Not on disk: it might be a folder, so it is not reported.
            Files.delete(dir.resolve("notes.txt"));
            assertThat(lint(new CopyIgnoredFile(), dockerfile, dir)).isEmpty();
        }

        @Test
        void variablesAreExpandedAndUnknownOnesSkipped() throws Exception {
            Path dockerfile = write(
                    "Dockerfile",
                    "FROM alpine:3.20\nARG F=secret.txt\nARG UNSET\nENV D=conf\n"
                            + "COPY ${F} /a/\nCOPY $UNSET/secret.txt /b/\nCOPY $D/x.local /c/\n");
            write(".dockerignore", "secret.txt\nconf/*.local\n");
            List<Finding> findings = lint(new CopyIgnoredFile(), dockerfile, dir);
            assertThat(findings).extracting(Finding::line).containsExactly(5, 7);
            assertThat(findings.get(0).message()).startsWith("'secret.txt' (${F}) is excluded");
        }

        @Test
        void fromHeredocAndUrlSourcesAreNotChecked() throws Exception {
            Path dockerfile = write(
                    "Dockerfile",
                    "FROM alpine:3.20 AS b\nFROM alpine:3.20\n"
                            + "COPY --from=b /x.md /\nADD https://example.com/y.md /\nCOPY <<EOF /z.md\nhi\nEOF\n"
                            + "ONBUILD COPY a.md /\nCOPY [\"a.md\", \"/json/\"]\n");
            write(".dockerignore", "*.md\n");
            assertThat(lint(new CopyIgnoredFile(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.line()).isEqualTo(9);
                        assertThat(f.column()).isEqualTo(8); // inside the JSON quotes
                    });
        }
    }

    @Nested
    class MeasuredJunk {
        @Test
        void aRealGitFolderIsNamedWithItsSizeOnDisk() throws Exception {
            bytes(".git/objects/pack/pack-1.pack", 40_961);
            bytes(".git/HEAD", 23);
            bytes(".git/config", 311);
            write("app.py", "print()");
            write(".dockerignore", "*.md\n");
            Path dockerfile = write("Dockerfile", "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n");
            long expected = sizeOnDisk(".git");
            List<Finding> findings = lint(new DockerignoreMissing(), dockerfile, dir);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.column()).isEqualTo(6);
                assertThat(f.message())
                        .contains(".git/ [41.3 kB, 3 files]")
                        .contains(".dockerignore does not leave it out");
                assertThat(f.savings().bytes()).isEqualTo(expected);
                assertThat(f.savings().source()).isEqualTo("measured");
                assertThat(f.savings().compressed()).isFalse();
                assertThat(f.savings().basis()).isEqualTo("size on disk of .git in the build context");
            });
        }

        @Test
        void onlyWhatTheIgnoreFileLetsThroughIsCounted() throws Exception {
            bytes(".git/objects/aa/bb", 5000);
            bytes(".git/HEAD", 23);
            bytes("node_modules/x/index.js", 777);
            write(".dockerignore", ".git/objects\n");
            Path dockerfile = write("Dockerfile", "FROM node:22-slim\nCOPY ./ /app/\n");
            long expected = sizeOnDisk(".git/HEAD") + sizeOnDisk("node_modules");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.savings().bytes()).isEqualTo(expected).isEqualTo(800);
                        assertThat(f.message()).contains(".git/ [23 B, 1 file] and node_modules/ [777 B, 1 file]");
                    });
        }

        @Test
        void anExceptionInsideAnExcludedFolderCountsOnlyWhatComesBack() throws Exception {
            bytes(".git/objects/aa/bb", 5000);
            bytes(".git/HEAD", 23);
            write(".dockerignore", ".git\n!.git/HEAD\n");
            Path dockerfile = write("Dockerfile", "FROM alpine:3.20\nCOPY . /src\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> assertThat(f.savings().bytes()).isEqualTo(sizeOnDisk(".git/HEAD")));
        }

        @Test
        void excludedJunkIsQuiet() throws Exception {
            bytes(".git/HEAD", 23);
            bytes("node_modules/x/index.js", 777);
            bytes("pkg/__pycache__/m.pyc", 99);
            write(".env", "TOKEN=x");
            write(".dockerignore", ".git\nnode_modules\n**/__pycache__\n.env\n");
            Path dockerfile = write("Dockerfile", "FROM alpine:3.20\nCOPY . /src\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir)).isEmpty();
        }

        @Test
        void dockerfilesSharingAFolderInOneRunEachGetTheirOwnAnswer() throws Exception {
            // The folder is listed and searched once per run (ContextFolders); each Dockerfile still
            // answers for its own ignore file and its own COPY sources, as when linted alone.
            bytes("pkg/__pycache__/a.pyc", 100);
            write(".env", "TOKEN=x");
            write("main.py", "print()");
            write("b.Dockerfile.dockerignore", "**/__pycache__\n.env\n");
            Path a = write("a.Dockerfile", "FROM python:3.12-slim\nCOPY . /app/\n");
            Path b = write("b.Dockerfile", "FROM python:3.12-slim\nCOPY . /app/\n");
            Path c = write("c.Dockerfile", "FROM python:3.12-slim\nCOPY pkg/__pycache__ /app/c\nCOPY . /app/\n");
            Path d = write("d.Dockerfile", "FROM python:3.12-slim\nCOPY .env /app/\nCOPY . /app/\n");
            RunCache run = new RunCache();
            List<String> shared = new java.util.ArrayList<>();
            List<String> alone = new java.util.ArrayList<>();
            for (Path dockerfile : List.of(c, a, b, d, c, a, b)) {
                shared.add(messages(lint(new DockerignoreMissing(), dockerfile, dir, run)));
                alone.add(messages(lint(new DockerignoreMissing(), dockerfile, dir)));
            }
            assertThat(shared).isEqualTo(alone);
            // c copies the __pycache__ on purpose; a, linted after it, must still see it as junk
            assertThat(shared.get(0)).contains(".env (may hold secrets)").doesNotContain("__pycache__");
            assertThat(shared.get(1)).contains(".env (may hold secrets)").contains("pkg/__pycache__");
            assertThat(shared.get(2)).isEmpty();
            assertThat(shared.get(3)).doesNotContain(".env").contains("pkg/__pycache__");
        }

        private String messages(List<Finding> findings) {
            return String.join("\n", findings.stream().map(Finding::message).toList());
        }

        @Test
        void noIgnoreFileNamesTheJunkAndMeasuresIt() throws Exception {
            bytes("pkg/__pycache__/a.pyc", 100);
            bytes("pkg/sub/__pycache__/b.pyc", 50);
            bytes(".venv/lib/site.py", 1000);
            write("env/pyvenv.cfg", "home = /usr\n");
            write(".env.local", "TOKEN=x");
            write(".env.example", "TOKEN=");
            write("main.py", "print()");
            Path dockerfile = write("Dockerfile", "FROM python:3.12-slim\nCOPY * /app/\n");
            long expected = sizeOnDisk(".venv")
                    + sizeOnDisk("env")
                    + sizeOnDisk("pkg/__pycache__")
                    + sizeOnDisk("pkg/sub/__pycache__")
                    + sizeOnDisk(".env.local");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.message())
                                .startsWith(
                                        "no .dockerignore in " + dir.getFileName()
                                                + "/ (assumed build context: the Dockerfile's folder; set --context if it is another): `COPY *` copies the whole build context into the image, including ")
                                .contains(".env.local (may hold secrets)")
                                .contains(".venv/ [1 kB, 1 file]")
                                .contains("env/ (a virtualenv)")
                                .contains("__pycache__/ (2 folders) [150 B, 2 files]")
                                .doesNotContain(".env.example")
                                .contains("(or Dockerfile.dockerignore)");
                        assertThat(f.savings().bytes()).isEqualTo(expected);
                        assertThat(f.savings().basis()).contains("2 __pycache__ folders");
                    });
        }

        @Test
        void theContextIsTheParentWhereTheCopySourcesAre() throws Exception {
            java.nio.file.Files.createDirectories(dir.resolve(".git"));
            write("src/main.py", "print()");
            write("docker/.dockerignore", "*\n");
            Path dockerfile = write("docker/Dockerfile", "FROM python:3.12-slim\nCOPY src/ /app/src/\nCOPY . /app/\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dockerfile.getParent()))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message())
                            .startsWith("no .dockerignore in " + dir.getFileName()
                                    + "/ (assumed build context: the COPY sources are there, 1 folder above the Dockerfile;"
                                    + " set --context if it is another): `COPY .`"));
            // Where the sources are in the Dockerfile's folder, that folder is the context (its .dockerignore applies).
            write("docker/src/main.py", "print()");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dockerfile.getParent()))
                    .isEmpty();
        }

        @Test
        void noIgnoreFileAndNothingRecognisableStillSaysSoWithoutAFigure() throws Exception {
            write("main.py", "print()");
            Path dockerfile = write("Dockerfile", "FROM python:3.12-slim\nCOPY . /app/\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.message())
                                .startsWith(
                                        "no .dockerignore in " + dir.getFileName()
                                                + "/ (assumed build context: the Dockerfile's folder; set --context if it is another): `COPY .` copies the whole build context")
                                .contains("the Dockerfile and any local leftovers included");
                        assertThat(f.savings()).isNull();
                    });
            // From stdin, the Dockerfile is not part of the context.
            assertThat(lintStdin(new DockerignoreMissing(), "FROM python:3.12-slim\nCOPY . /app/\n", dir))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).doesNotContain("Dockerfile"));
        }

        @Test
        void noIgnoreFileNothingRecognisableAndNothingShippedIsQuiet() throws Exception {
            write("main.go", "package main");
            Path dockerfile = write(
                    "Dockerfile",
                    "FROM golang:1.23 AS build\nCOPY . /src\nRUN go build -o /app /src\n"
                            + "FROM scratch\nCOPY --from=build /app /app\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir)).isEmpty();
        }

        @Test
        void specificCopiesDoNotSendTheWholeContext() throws Exception {
            bytes(".git/HEAD", 23);
            Path dockerfile = write("Dockerfile", "FROM python:3.12-slim\nCOPY main.py /app/\nCOPY src/ /app/src/\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir)).isEmpty();
        }

        @Test
        void buildOutputNeedsItsToolAndIsWantedWhenCopiedByName() throws Exception {
            bytes("dist/app.js", 10);
            bytes("build/x", 10);
            bytes("target/x.jar", 10);
            write("package.json", "{}");
            write(".dockerignore", ".git\n");
            Path dockerfile = write("Dockerfile", "FROM node:22-slim\nCOPY . /app/\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> {
                        // No Gradle or Maven file at the root: build/ and target/ may be sources.
                        assertThat(f.message())
                                .contains("dist/ (npm build output) [10 B, 1 file]")
                                .doesNotContain("build/")
                                .doesNotContain("target/");
                    });
            write("Dockerfile", "FROM node:22-slim\nCOPY . /app/\nCOPY dist/ /srv/\n");
            assertThat(lint(new DockerignoreMissing(), dir.resolve("Dockerfile"), dir))
                    .isEmpty();
        }

        @Test
        void aSymlinkedContextFolderIsWalkedAsItsTarget() throws Exception {
            bytes("real/pkg/__pycache__/m.pyc", 321);
            write("real/.dockerignore", "*.md\n");
            Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
            Path dockerfile = write("real/Dockerfile", "FROM python:3.12-slim\nCOPY . /app\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir.resolve("link")))
                    .singleElement()
                    .satisfies(f -> assertThat(f.savings().bytes()).isEqualTo(321));
        }

        @Test
        void aGitFileOfAWorktreeIsNoHistory() throws Exception {
            write(".git", "gitdir: /elsewhere/.git/worktrees/x\n");
            write(".dockerignore", "*.md\n");
            Path dockerfile = write("Dockerfile", "FROM alpine:3.20\nCOPY . /src\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir)).isEmpty();
        }

        @Test
        void reportedOncePerFileAndNoSavingForABuilderStage() throws Exception {
            bytes(".git/HEAD", 23);
            write(".dockerignore", "*.md\n");
            Path dockerfile = write(
                    "Dockerfile",
                    "FROM golang:1.23 AS build\nCOPY . /src\nCOPY . /src2\n"
                            + "FROM scratch\nCOPY --from=build /src/app /app\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.line()).isEqualTo(2);
                        assertThat(f.message()).contains("into stage 'build'");
                        assertThat(f.savings()).isNull();
                    });
        }

        @Test
        void aShippingStageIsPreferredForTheLocation() throws Exception {
            bytes(".git/HEAD", 23);
            Path dockerfile =
                    write("Dockerfile", "FROM golang:1.23 AS build\nCOPY . /src\n" + "FROM alpine:3.20\nCOPY . /app\n");
            assertThat(lint(new DockerignoreMissing(), dockerfile, dir))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.line()).isEqualTo(4);
                        assertThat(f.savings().bytes()).isEqualTo(23);
                    });
        }

        @Test
        void theWalkIsBoundedAndSaysSo() throws Exception {
            for (int i = 0; i < 20; i++) bytes("node_modules/m" + i + "/index.js", 100);
            WalkBudget budget = new WalkBudget(8, 10_000_000_000L);
            DiskUsage usage = DiskUsage.measure(dir, "node_modules", null, budget, d -> false);
            assertThat(usage.complete()).isFalse();
            assertThat(usage.bytes()).isLessThan(2000);
            assertThat(usage.describe()).startsWith("at least ");
            DiskUsage full = DiskUsage.measure(dir, "node_modules", null, new WalkBudget(), d -> false);
            assertThat(full).isEqualTo(new DiskUsage(20, 2000, true));
        }
    }

    @Nested
    class RejectedIgnoreLines {
        @Test
        void reportedOnceOnTheFirstInstructionThatReadsTheContext() throws Exception {
            write(".dockerignore", "*.md\n!\n[a-\n");
            Path dockerfile = write(
                    "Dockerfile",
                    "FROM alpine:3.20 AS b\nCOPY --from=b /x /x\nCOPY <<EOF /y\nhi\nEOF\n"
                            + "COPY a.txt /a\nCOPY b.txt /b\n");
            List<Finding> findings = lint(new DockerignoreMissing(), dockerfile, dir);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(6);
                assertThat(f.message())
                        .startsWith(".dockerignore:2 `!` is rejected by Docker")
                        .contains("(and 1 more)");
            });
        }
    }

    @Nested
    class CopyFrom {
        @Test
        void laterStagesUnknownArgsNamedContextsAndRootBundlesAreQuiet() throws Exception {
            Path dockerfile = write(
                    "Dockerfile",
                    "ARG SRC\nFROM alpine:3.20\nCOPY --from=later /a /a\n"
                            + "COPY --from=$SRC / /\nCOPY --from=tools . /opt/tools\nCOPY --from=TOOLS /bin/y /y\n"
                            + "COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/\n"
                            + "COPY --from=gloursdocker/docker / /\nFROM alpine:3.20 AS later\n");
            assertThat(lint(new CopyFromUnfiltered(), dockerfile, dir)).isEmpty();
        }

        @Test
        void broadSourcesOnlyInStagesThatShip() throws Exception {
            Path dockerfile = write(
                    "Dockerfile",
                    "FROM alpine:3.20 AS tmp\nCOPY --from=ghcr.io/x/y:1 / /\n"
                            + "FROM alpine:3.20\nCOPY --from=ghcr.io/x/y:1 /usr/ /usr/\nCOPY --from=ghcr.io/x/y:1 /root/.cache/huggingface /hf\n"
                            + "COPY --from=ghcr.io/x/y:1 /usr/local/bin/y /usr/local/bin/\nCOPY --from=ghcr.io/x/y:1 /srv/models/a.onnx /m/\n");
            List<Finding> findings = lint(new CopyFromUnfiltered(), dockerfile, dir);
            assertThat(findings).extracting(Finding::line).containsExactly(4, 5);
            assertThat(findings.get(0).message()).contains("all of /usr of the image ghcr.io/x/y:1");
            assertThat(findings.get(1).message()).contains("the whole model folder /root/.cache/huggingface");
        }
    }

    @Test
    void ignoreFileIsReadAsUtf8() throws Exception {
        Files.write(dir.resolve(".dockerignore"), "café.txt\n".getBytes(StandardCharsets.UTF_8));
        write("café.txt", "c");
        Path dockerfile = write("Dockerfile", "FROM alpine:3.20\nCOPY café.txt /c/\n");
        assertThat(lint(new CopyIgnoredFile(), dockerfile, dir)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("`café.txt`"));
    }
}
