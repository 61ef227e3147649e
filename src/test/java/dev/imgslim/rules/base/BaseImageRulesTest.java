package dev.imgslim.rules.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgslim.config.Config;
import dev.imgslim.config.ConfigLoader;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.Fix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hard cases of IS101–IS103 that the samples cannot show (build args, config, mirrors, digests). */
class BaseImageRulesTest {

    private static List<Finding> only(String code, List<Finding> fs) {
        return fs.stream().filter(f -> f.rule().code().equals(code)).toList();
    }

    private static Config config(String yaml) throws Exception {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("imgslim", ".yaml");
        java.nio.file.Files.writeString(tmp, yaml);
        return ConfigLoader.load(tmp);
    }

    @Test
    void buildArgOverridesTheArgDefaultInFrom() {
        String df =
                "ARG PY=3.12-slim\nFROM python:${PY}\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n";
        assertThat(Lint.run(df)).isEmpty();
        List<Finding> fs = Lint.run(df, Config.defaults(), Map.of("PY", "3.12"));
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.rule().name()).isEqualTo("fat-base-variant");
            assertThat(f.message()).startsWith("python:3.12 (411 MB compressed, 1.11 GB on disk) → python:3.12-slim");
            assertThat(f.savings().bytes()).isEqualTo(410_908_459L - 43_188_023L);
            assertThat(f.savings().compressed()).isTrue();
            assertThat(f.savings().source()).isEqualTo("catalog");
            assertThat(f.savings().basis()).contains("2026-08");
            assertThat(f.fixes()).as("no fix for a templated FROM").isEmpty();
            assertThat(f.span().startColumn()).isEqualTo(6);
        });
    }

    @Test
    void literalFromGetsASuggestedFixOverTheImageWord() {
        String df = "FROM node:22 AS app\nCMD [\"node\", \"server.js\"]\n";
        Finding f = only("IS101", Lint.run(df)).get(0);
        assertThat(f.message())
                .contains(
                        "node:22 (408 MB compressed) → node:22-slim (80 MB): saves ~329 MB compressed",
                        "lacks compiler, headers, vcs",
                        "smaller still: node:22-alpine (musl instead of glibc)");
        Fix fix = f.fixes().get(0);
        assertThat(fix.safety()).isEqualTo(Fix.Safety.UNSAFE);
        String applied = df.substring(0, fix.edits().get(0).start())
                + fix.edits().get(0).text()
                + df.substring(fix.edits().get(0).end());
        assertThat(applied).startsWith("FROM node:22-slim AS app\n");
    }

    @Test
    void digestIsDroppedAndSaid() {
        String df = "FROM python:3.12@sha256:" + "a".repeat(64) + "\nCMD [\"python\"]\n";
        Finding f = only("IS101", Lint.run(df)).get(0);
        assertThat(f.message()).contains("drops the digest pin (@sha256:").contains("pin the new tag's digest");
        assertThat(f.fixes().get(0).edits().get(0).text()).isEqualTo("python:3.12-slim");
    }

    @Test
    void mirrorPrefixesAreKeptInTheSuggestion() throws Exception {
        String df = "FROM registry.corp.example/hub/python:3.12\nCMD [\"python\"]\n";
        assertThat(Lint.run(df)).as("unknown without the mirror").isEmpty();
        Config c = config("mirrors: [registry.corp.example/hub]\n");
        Finding f = only("IS101", Lint.run(df, c, Map.of())).get(0);
        assertThat(f.fixes().get(0).edits().get(0).text()).isEqualTo("registry.corp.example/hub/python:3.12-slim");
        // built-in Hub mirrors need no config
        assertThat(only("IS101", Lint.run("FROM mirror.gcr.io/library/node:22\nCMD [\"node\"]\n")))
                .hasSize(1);
    }

    @Test
    void privateLadderFromTheConfigCatalog() throws Exception {
        Config c = config("""
                catalog:
                  families:
                    - id: acme/python
                      parts: { version: '\\d+\\.\\d+' }
                      variants:
                        - id: dev
                          kind: full
                          toolchain: true
                          patterns: ['registry.acme.example/base/python:{version}-dev']
                          slimmer: [run]
                          sizes:
                            - {tag: '3.12-dev', bytes: 500000000, kind: compressed, asOf: '2026-10-01', source: 'acme registry UI'}
                        - id: run
                          kind: slim
                          patterns: ['registry.acme.example/base/python:{version}']
                          lacks: [compiler]
                          sizes:
                            - {tag: '3.12', bytes: 60000000, kind: compressed, asOf: '2026-10-01', source: 'acme registry UI'}
                """);
        String df = "FROM registry.acme.example/base/python:3.12-dev\nCOPY app /app\nCMD [\"python\", \"/app\"]\n";
        assertThat(Lint.run(df)).isEmpty();
        Finding f = only("IS101", Lint.run(df, c, Map.of())).get(0);
        assertThat(f.message())
                .startsWith(
                        "registry.acme.example/base/python:3.12-dev (500 MB compressed) → registry.acme.example/base/python:3.12 (60 MB): saves ~440 MB compressed (catalog, 2026-10)");
        assertThat(f.savings().bytes()).isEqualTo(440_000_000L);
        // The same private image, compiling: the run variant lacks the compiler.
        assertThat(only("IS101", Lint.run(df.replace("COPY app /app", "RUN gcc -o /app main.c"), c, Map.of())))
                .isEmpty();
    }

    @Test
    void badCatalogSectionIsAConfigError() throws Exception {
        Config c = config("catalog:\n  families:\n    - id: x\n      colour: blue\n");
        assertThatThrownBy(() -> BaseCatalogs.forConfig(c))
                .isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageContaining("error: catalog:");
    }

    @Test
    void unknownFamiliesTagsAndDigestOnlyAreQuiet() {
        assertThat(Lint.run("FROM acme/thing:1.0\nRUN gcc -o x x.c\nCMD [\"./x\"]\n"))
                .extracting(f -> f.rule().code())
                .containsExactly("IS103");
        assertThat(Lint.run("FROM python:weird-tag\nCMD [\"python\"]\n")).isEmpty();
        assertThat(Lint.run("FROM python@sha256:" + "b".repeat(64) + "\nCMD [\"python\"]\n"))
                .isEmpty();
        assertThat(Lint.run("FROM ${UNSET}\nCMD [\"x\"]\n")).isEmpty();
        assertThat(Lint.run("FROM scratch\nCOPY app /app\nCMD [\"/app\"]\n")).isEmpty();
    }

    @Test
    void slimmerVariantDoesNotServeWhatTheStageEvidentlyNeeds() {
        // compiles: slim lacks the compiler
        assertThat(only(
                        "IS101",
                        Lint.run("FROM python:3.12\nRUN apt-get update && apt-get install -y build-essential"
                                + " && pip install x && rm -rf /var/lib/apt/lists/*\nCMD [\"python\"]\n")))
                .isEmpty();
        // nvcc: -devel → -runtime only without CUDA builds
        assertThat(only(
                        "IS101",
                        Lint.run("FROM pytorch/pytorch:2.7.1-cuda11.8-cudnn9-devel\nRUN pip install flash-attn"
                                + " --no-build-isolation\nCMD [\"python\", \"serve.py\"]\n")))
                .isEmpty();
        assertThat(only(
                        "IS101",
                        Lint.run("FROM pytorch/pytorch:2.7.1-cuda11.8-cudnn9-devel\nRUN pip install -r req.txt\n"
                                + "CMD [\"python\", \"serve.py\"]\n")))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message()).contains("saves ~3.63 GB compressed", "uncertain", "lacks nvcc"));
        // jdk tools
        assertThat(only(
                        "IS101",
                        Lint.run("FROM eclipse-temurin:21-jdk\nRUN jlink --add-modules java.base --output /jre\n"
                                + "CMD [\"java\"]\n")))
                .isEmpty();
        assertThat(
                        only(
                                "IS101",
                                Lint.run(
                                        "FROM eclipse-temurin:21-jdk\nCOPY app.jar /app.jar\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n")))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message()).contains("→ eclipse-temurin:21-jre", "lacks compiler, jdk-tools"));
        // git, curl that only the full image has
        assertThat(only("IS101", Lint.run("FROM node:22\nRUN git clone https://x/y.git /app\nCMD [\"node\"]\n")))
                .isEmpty();
        assertThat(only("IS101", Lint.run("FROM node:22\nRUN curl -fsSL https://x -o /x\nCMD [\"node\"]\n")))
                .isEmpty();
        // a script we cannot read
        assertThat(only("IS101", Lint.run("FROM node:22\nCOPY setup.sh /\nRUN bash /setup.sh\nCMD [\"node\"]\n")))
                .isEmpty();
        // a builder built FROM the same stage compiles: changing the base would break it
        assertThat(only(
                        "IS101",
                        Lint.run("FROM python:3.12 AS base\nFROM base AS build\nRUN pip wheel -w /w .\n"
                                + "FROM base\nCOPY --from=build /w /w\nCMD [\"python\"]\n")))
                .isEmpty();
    }

    @Test
    void glibcIsKeptWhereTheLadderHasAGlibcStep() {
        // python slim → alpine is the only step, but pip installs need glibc wheels
        assertThat(only("IS101", Lint.run("FROM python:3.12-slim\nRUN pip install -r r.txt\nCMD [\"python\"]\n")))
                .isEmpty();
        // distroless base → static: static has no libc at all
        assertThat(only("IS101", Lint.run("FROM gcr.io/distroless/base:nonroot\nCOPY app /app\nCMD [\"/app\"]\n")))
                .isEmpty();
        // php has no glibc step: alpine is suggested, and the message says glibc is lost
        assertThat(only("IS101", Lint.run("FROM php:8.3-cli\nCOPY x.php /x.php\nCMD [\"php\", \"/x.php\"]\n")))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("php:8.3-cli-alpine", "glibc"));
    }

    @Test
    void buildImageInFinalStageForAnInstalledToolchain() {
        String df = "FROM golang:1.25 AS build\nRUN go build -o /app .\n"
                + "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev"
                + " && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /app /app\nCMD [\"/app\"]\n";
        assertThat(only("IS102", Lint.run(df))).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.message()).startsWith("'apt-get install' puts a build toolchain (gcc) into the final image");
            assertThat(f.savings()).as("no bytes claimed").isNull();
        });
        // removed in the same RUN, the apt-mark idiom, or an apk virtual package: quiet
        assertThat(only(
                        "IS102",
                        Lint.run(df.replace("&& rm -rf", "&& make && apt-get purge -y --auto-remove gcc && rm -rf"))))
                .isEmpty();
        assertThat(
                        only(
                                "IS102",
                                Lint.run(
                                        df.replace(
                                                        "apt-get update &&",
                                                        "savedAptMark=\"$(apt-mark showmanual)\" && apt-get update &&")
                                                .replace(
                                                        "&& rm -rf",
                                                        "&& make && apt-mark auto '.*' && apt-mark manual $savedAptMark && apt-get purge -y --auto-remove && rm -rf"))))
                .isEmpty();
        assertThat(only(
                        "IS102",
                        Lint.run(
                                "FROM alpine:3.20\nRUN apk add --no-cache --virtual .b gcc musl-dev && make && apk del .b\n"
                                        + "CMD [\"/app\"]\n")))
                .isEmpty();
        // make alone is no compiler
        assertThat(only(
                        "IS102",
                        Lint.run(
                                "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y make && rm -rf /var/lib/apt/lists/*\n"
                                        + "CMD [\"make\", \"serve\"]\n")))
                .isEmpty();
    }

    @Test
    void buildImageQuietOnDevelopmentImagesAndWhenRuntimeBuilds() {
        // no CMD/ENTRYPOINT, or a bare shell: a CI or development image
        assertThat(Lint.run("FROM golang:1.25\nRUN go install example.com/tool@latest\n"))
                .isEmpty();
        assertThat(Lint.run("FROM golang:1.25\nCOPY . .\nCMD [\"/bin/bash\"]\n"))
                .isEmpty();
        // the start command itself builds
        assertThat(Lint.run("FROM golang:1.25\nCOPY . .\nCMD [\"go\", \"run\", \".\"]\n"))
                .isEmpty();
    }

    @Test
    void dotnetSdkAndMavenSuggestRuntimeBases() {
        Finding sdk = only(
                        "IS102",
                        Lint.run("FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY out/ /app\n"
                                + "ENTRYPOINT [\"dotnet\", \"/app/app.dll\"]\n"))
                .get(0);
        assertThat(sdk.message())
                .contains(
                        "→ mcr.microsoft.com/dotnet/aspnet:8.0",
                        "or mcr.microsoft.com/dotnet/runtime:8.0",
                        "mcr.microsoft.com/dotnet/runtime-deps:8.0 (saves ~624 MB on disk");
        Finding mvn = only(
                        "IS103",
                        Lint.run("FROM maven:3.9-eclipse-temurin-21\nCOPY . .\nRUN mvn -B package\n"
                                + "CMD [\"java\", \"-jar\", \"target/app.jar\"]\n"))
                .get(0);
        assertThat(mvn.message())
                .contains(
                        "'mvn package' runs in the final stage",
                        "→ eclipse-temurin:21-jre (121 MB): saves ~122 MB compressed");
        assertThat(mvn.savings().bytes()).isEqualTo(242_713_952L - 121_136_054L);
    }

    @Test
    void missingMultiStageLeavesTheBaseSavingToFatBaseVariant() {
        List<Finding> fs = Lint.run("FROM node:22\nCOPY . .\nRUN npm ci && npm run build\nCMD [\"npm\", \"start\"]\n");
        assertThat(fs).extracting(f -> f.rule().code()).containsExactly("IS101", "IS103");
        Finding multi = only("IS103", fs).get(0);
        assertThat(multi.message())
                .contains("'npm run build'", "devDependencies", "FROM node:22-slim", "reported by fat-base-variant");
        assertThat(multi.savings()).isNull();
        // pruned devDependencies: nothing of the build toolchain ships
        assertThat(only(
                        "IS103",
                        Lint.run("FROM node:22-slim\nCOPY . .\nRUN npm ci && npm run build && npm prune --omit=dev\n"
                                + "CMD [\"node\", \"dist/index.js\"]\n")))
                .isEmpty();
        // a multi-stage file: quiet
        assertThat(only(
                        "IS103",
                        Lint.run("FROM node:22 AS build\nRUN npm ci && npm run build\n"
                                + "FROM node:22-slim\nCOPY --from=build /app/dist /app\nCMD [\"node\", \"/app\"]\n")))
                .isEmpty();
    }

    @Test
    void aNodePackageManagerWithoutSubcommandIsNoBuild() {
        // regression: found by the fuzz run, `RUN npm` alone made the single-stage check throw
        for (String run : List.of("npm", "yarn", "pnpm", "npm --version", "yarn --silent")) {
            List<Finding> fs = Lint.run("FROM node:22\nRUN " + run + "\nCMD [\"node\", \"server.js\"]\n");
            assertThat(only("IS103", fs)).as(run).isEmpty();
            assertThat(only("IS102", fs)).as(run).isEmpty();
        }
        // the same file with a build still fires
        assertThat(only("IS103", Lint.run("FROM node:22\nRUN yarn build\nCMD [\"node\", \"server.js\"]\n")))
                .hasSize(1);
    }

    @Test
    void pipInstallCompilesOnlyWithBuildPackagesInTheSameRun() {
        String df = "FROM python:3.12\nRUN apt-get update && apt-get install -y libpq-dev && pip install psycopg2"
                + " && rm -rf /var/lib/apt/lists/*\nCMD [\"python\", \"app.py\"]\n";
        assertThat(Lint.run(df)).extracting(f -> f.rule().code()).containsExactly("IS103");
        assertThat(only("IS103", Lint.run(df)).get(0).message())
                .contains("'pip install'", "python:3.12-slim", "saves ~368 MB");
        assertThat(only("IS103", Lint.run("FROM python:3.12-slim\nRUN pip install -r r.txt\nCMD [\"python\"]\n")))
                .isEmpty();
    }
}
