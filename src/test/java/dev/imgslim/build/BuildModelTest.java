package dev.imgslim.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.syntax.Instruction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stages, what ships, ARG/ENV scopes and --from resolution. */
class BuildModelTest {

    private static BuildModel model(String text, Map<String, String> buildArgs, String target) throws Exception {
        Dockerfile df = new DockerfileParser().parse("Dockerfile", text);
        return BuildModel.of(df, buildArgs, target);
    }

    @Test
    void globalArgsResolveFromAndBuildArgsOverrideThem() throws Exception {
        String text =
                "ARG PY=3.12\nARG VARIANT=slim\nFROM python:${PY}-${VARIANT} AS base\nFROM base AS app\nRUN echo\n";
        BuildModel m = model(text, Map.of(), null);
        Stage base = m.stages().get(0);
        assertThat(base.baseExpansion().value()).isEqualTo("python:3.12-slim");
        assertThat(base.baseImage().normalized()).isEqualTo("docker.io/library/python:3.12-slim");
        assertThat(m.stages().get(1).parent()).isSameAs(base);
        assertThat(m.stages().get(1).rootImage()).isEqualTo(base.baseImage());
        BuildModel overridden = model(text, Map.of("PY", "3.11"), null);
        assertThat(overridden.stages().get(0).baseExpansion().value()).isEqualTo("python:3.11-slim");
        BuildModel unresolved = model("ARG TAG\nFROM alpine:$TAG\n", Map.of(), null);
        assertThat(unresolved.stages().get(0).baseExpansion().unmatched()).containsExactly("TAG");
        assertThat(unresolved.stages().get(0).baseImage()).isNull();
    }

    @Test
    void finalStageAncestorsAndWholeRootCopiesShip() throws Exception {
        String text = "FROM golang:1.25 AS build\nRUN go build -o /app\n"
                + "FROM debian:bookworm AS tools\nRUN apt-get update\n"
                + "FROM scratch AS rootfs\nCOPY --from=tools / /\n"
                + "FROM rootfs AS final\nCOPY --from=build /app /app\n";
        BuildModel m = model(text, Map.of(), null);
        assertThat(m.finalStage().name()).isEqualTo("final");
        assertThat(m.stage("build").orElseThrow().ships()).isFalse();
        assertThat(m.stage("tools").orElseThrow().ships())
                .as("whole root copied into a shipping stage")
                .isTrue();
        assertThat(m.stage("rootfs").orElseThrow().ships()).isTrue();
        assertThat(m.stage("rootfs").orElseThrow().isScratch()).isTrue();
        BuildModel targeted = model(text, Map.of(), "build");
        assertThat(targeted.finalStage().name()).isEqualTo("build");
        assertThat(targeted.stage("build").orElseThrow().ships()).isTrue();
        assertThat(targeted.stage("final").orElseThrow().ships()).isFalse();
    }

    @Test
    void fromResolvesStagesByNameOrIndexImagesAndNamedContexts() throws Exception {
        BuildModel m = model(
                "FROM alpine AS Builder\nRUN true\nFROM alpine\n"
                        + "COPY --from=builder /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.27 /c /c\nCOPY --from=deps /d /d\n",
                Map.of(),
                null);
        Stage last = m.finalStage();
        assertThat(m.resolveFrom("builder", last).kind()).isEqualTo(FromRef.Kind.STAGE);
        assertThat(m.resolveFrom("0", last).stage().index()).isZero();
        FromRef image = m.resolveFrom("nginx:1.27", last);
        assertThat(image.kind()).isEqualTo(FromRef.Kind.IMAGE);
        assertThat(image.image().normalized()).isEqualTo("docker.io/library/nginx:1.27");
        assertThat(m.resolveFrom("deps", last).kind()).isEqualTo(FromRef.Kind.NAMED_CONTEXT);
        assertThat(m.resolveFrom("1", m.stages().get(0)).kind())
                .as("a later stage is a --from target too")
                .isEqualTo(FromRef.Kind.STAGE);
        assertThat(m.resolveFrom("0", m.stages().get(0)).kind())
                .as("a stage is not its own --from")
                .isNotEqualTo(FromRef.Kind.STAGE);
    }

    @Test
    void argAndEnvScopes() throws Exception {
        String text = "ARG VERSION=1.0\nFROM alpine AS a\nARG VERSION\nENV HOME_DIR=/home/app APP_VERSION=$VERSION\n"
                + "WORKDIR $HOME_DIR\nFROM a AS b\nRUN echo\n";
        BuildModel m = model(text, Map.of(), null);
        Stage a = m.stage("a").orElseThrow();
        Instruction workdir = a.instructions().get(2);
        Variables v = a.variablesBefore(workdir);
        assertThat(v.get("VERSION")).isEqualTo("1.0");
        assertThat(v.get("APP_VERSION")).isEqualTo("1.0");
        assertThat(v.isEnv("HOME_DIR")).isTrue();
        Stage b = m.stage("b").orElseThrow();
        Variables inB = b.variablesBefore(b.instructions().get(0));
        assertThat(inB.get("HOME_DIR"))
                .as("ENV is inherited through FROM <stage>")
                .isEqualTo("/home/app");
        assertThat(inB.isDefined("VERSION")).as("ARG is not inherited").isFalse();
        Stage undeclared =
                model("ARG X=1\nFROM alpine\nRUN echo\n", Map.of(), null).finalStage();
        assertThat(undeclared.variablesBefore(0).isDefined("X"))
                .as("global ARG needs redeclaring in the stage")
                .isFalse();
    }
}
