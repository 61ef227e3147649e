package dev.imgslim.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exact wording and positions, as BuildKit prints them (the samples only check fragments). */
class BuildKitMessagesTest {

    @Test
    void quotedMessages() {
        assertThat(BuildKitLint.described("""
                FROM alpine:3.20 AS build
                FROM alpine:3.20 AS BUILD
                FROM alpine:3.20 AS scratch
                WORKDIR app
                ENV A 1
                ARG API_TOKEN
                FROM --platform=linux/amd64 alpine:3.20
                """))
                .containsExactly(
                        "2:21 stage-name-casing: Stage name 'BUILD' should be lowercase",
                        "2:21 duplicate-stage-name: Duplicate stage name \"build\", stage names should be unique",
                        "3:21 reserved-stage-name: Stage name should not use the same name as reserved stage \"scratch\"",
                        "4:9 workdir-relative-path: Relative workdir \"app\" can have unexpected results if the base image changes",
                        "5:5 legacy-key-value-format: \"ENV key=value\" should be used instead of legacy \"ENV key value\" format",
                        "6:5 secrets-used-in-arg-or-env: Do not use ARG or ENV instructions for sensitive data (ARG \"API_TOKEN\")",
                        "7:6 from-platform-flag-const-disallowed: FROM --platform flag should not use constant value \"linux/amd64\"");
    }

    @Test
    void undefinedVarPointsAtTheReference() {
        assertThat(BuildKitLint.described("""
                FROM alpine:3.20
                ARG VERSION=1
                COPY a-${VERSON}.tgz b-$VERSION.tgz /opt/
                """))
                .containsExactly("3:8 undefined-var: Usage of undefined variable '$VERSON' (did you mean $VERSION?)");
    }

    @Test
    void undefinedVarFollowsBuildKitScopes() {
        String text = """
                ARG GLOBAL=1
                FROM alpine:3.20 AS base
                ARG STAGE_ARG=x
                ENV STAGE_ENV=y
                COPY $GLOBAL /a
                FROM base
                COPY $STAGE_ARG $STAGE_ENV /b
                ENV A=1 B=$A
                ARG C=1 D=$C
                COPY '$NOT_EXPANDED' \\$ESCAPED /c
                RUN echo $IN_RUN
                EXPOSE $PORT
                COPY ${WITH_DEFAULT:-x} /d
                """;
        assertThat(BuildKitLint.described(text))
                .containsExactly(
                        "5:6 undefined-var: Usage of undefined variable '$GLOBAL'",
                        "8:11 undefined-var: Usage of undefined variable '$A'",
                        "13:6 undefined-var: Usage of undefined variable '$WITH_DEFAULT'");
    }

    @Test
    void undefinedVarReadsWordsAsBuildKitDoes() {
        assertThat(BuildKitLint.described("""
                FROM scratch
                COPY $1 $$ "$@" /x
                COPY "${A:-$B}" /y
                LABEL "${C:+x}"=1
                """))
                .containsExactly(
                        "3:7 undefined-var: Usage of undefined variable '$A'",
                        "3:12 undefined-var: Usage of undefined variable '$B'",
                        "4:8 undefined-var: Usage of undefined variable '$C'");
    }

    @Test
    void unknownBaseImagesAreNotJudged() {
        assertThat(BuildKitLint.described("""
                FROM registry.example.com/base:1
                COPY $FROM_IMAGE_ENV /a
                FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04
                ENV LD_LIBRARY_PATH=$LD_LIBRARY_PATH:/opt/lib
                """)).isEmpty();
    }

    @Test
    void aVariableOnlyInTheTagKeepsTheImageKnown() {
        assertThat(BuildKitLint.described("""
                ARG GO_VERSION
                FROM golang:${GO_VERSION}
                ENV PATH=$GOPATH/bin:$PATH GO=$GOLANG_VERSION X=$NOPE
                FROM ${GO_VERSION}/base
                ENV X=$NOPE
                """))
                .filteredOn(s -> s.contains("undefined-var"))
                .containsExactly("3:49 undefined-var: Usage of undefined variable '$NOPE'");
    }

    @Test
    void caseTieGoesToUpperCase() {
        assertThat(BuildKitLint.described("""
                from alpine:3.20
                RUN true
                """))
                .containsExactly(
                        "1:1 consistent-instruction-casing: Command 'from' should match the case of the command majority (uppercase)");
    }

    @Test
    void platformParsing() {
        assertThat(FromPlatformFlagConstDisallowed.parse("linux/amd64")).containsExactly("linux", "amd64");
        assertThat(FromPlatformFlagConstDisallowed.parse("arm64")).containsExactly("linux", "arm64");
        assertThat(FromPlatformFlagConstDisallowed.parse("linux/aarch64")).containsExactly("linux", "arm64");
        assertThat(FromPlatformFlagConstDisallowed.parse("not a platform")).isNull();
        assertThat(FromPlatformFlagConstDisallowed.parse("bogus")).isNull();
    }

    @Test
    void aRegistryWithAnUnderscoreIsAValidDefault() {
        // regression: found by fuzzing ImageReference.parse, a first component with a '.' but a '_' (no hostname
        // by the grammar) made the parse throw a NullPointerException, which this check let through (exit 70)
        assertThat(BuildKitLint.described("""
                        ARG IMG=my_registry.local/app:1.0
                        ARG BAD=my_registry.local/App
                        FROM ${IMG}
                        FROM ${BAD}
                        """))
                .containsExactly(
                        "4:6 invalid-default-arg-in-from: Default value for ARG ${BAD} results in empty or invalid base image name");
    }
}
