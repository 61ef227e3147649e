package dev.imgslim.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.syntax.DockerfileParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases the samples do not show: --build-arg resolution, heredoc scripts, inherited users and shells. */
class HadolintEdgeCasesTest {

    private static List<String> lint(String name, String dockerfile, Map<String, String> buildArgs) throws Exception {
        var file = new DockerfileParser().parse("Dockerfile", dockerfile);
        Rule rule = BuiltinRules.family("hadolint").stream()
                .filter(r -> r.meta().name().equals(name))
                .findFirst()
                .orElseThrow();
        List<Finding> fs = new LintEngine(List.of(rule))
                .lint(file, new LintOptions(Config.defaults(), buildArgs, null, null, null));
        return fs.stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.message())
                .toList();
    }

    private static List<String> lint(String name, String dockerfile) throws Exception {
        return lint(name, dockerfile, Map.of());
    }

    @Test
    void untaggedJudgesTheBuildArgOverTheDefault() throws Exception {
        String df = "ARG BASE=python\nFROM ${BASE}\n";
        assertThat(lint("untagged-image", df)).hasSize(1);
        assertThat(lint("untagged-image", df, Map.of("BASE", "python:3.12-slim")))
                .isEmpty();
        assertThat(lint("latest-tag", df, Map.of("BASE", "python:latest"))).hasSize(1);
        assertThat(lint("untagged-image", "ARG BASE\nFROM ${BASE}\n")).isEmpty();
        assertThat(lint("untagged-image", "FROM python:3.12 AS base\nFROM base\nFROM scratch\n"))
                .isEmpty();
    }

    @Test
    void findingPointsAtTheImageWord() throws Exception {
        assertThat(lint("untagged-image", "FROM --platform=linux/amd64 debian AS x\n"))
                .singleElement()
                .satisfies(s -> assertThat(s).startsWith("1:29 "));
    }

    @Test
    void pipefailInHeredocScripts() throws Exception {
        String bash = "FROM debian:bookworm\nRUN <<EOF\n#!/bin/bash\ncurl -fsSL https://x | tar -xz\nEOF\n";
        assertThat(lint("pipe-without-pipefail", bash)).singleElement().satisfies(s -> assertThat(s)
                .startsWith("4:1 "));
        String set =
                "FROM debian:bookworm\nRUN <<EOF\n#!/bin/bash\nset -euo pipefail\ncurl -fsSL https://x | tar -xz\nEOF\n";
        assertThat(lint("pipe-without-pipefail", set)).isEmpty();
        String python = "FROM python:3.12\nRUN <<EOF python3\nimport os; print(os.popen('ls | wc -l').read())\nEOF\n";
        assertThat(lint("pipe-without-pipefail", python)).isEmpty();
    }

    @Test
    void pipefailShellIsInheritedAndNonPosixShellsAreQuiet() throws Exception {
        assertThat(lint(
                        "pipe-without-pipefail",
                        "FROM debian:bookworm AS a\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\n"
                                + "FROM a\nRUN curl -fsSL https://x | tar -xz\n"))
                .isEmpty();
        assertThat(lint(
                        "pipe-without-pipefail",
                        "FROM mcr.microsoft.com/powershell:7.4\nSHELL [\"pwsh\", \"-Command\"]\n"
                                + "RUN Get-ChildItem | Select-Object Name\n"))
                .isEmpty();
        assertThat(lint(
                        "pipe-without-pipefail",
                        "FROM debian:bookworm\nRUN if curl -fsSL https://x | grep -q ok; then echo y; fi\n"))
                .isEmpty();
        // a quoted | is an argument, not a pipe (godolint#16); the shell is matched by basename
        assertThat(lint(
                        "pipe-without-pipefail",
                        "FROM debian:bookworm\nRUN yq eval '.a | explode(.)' /base.yml > /out.yml\n"))
                .isEmpty();
        assertThat(lint(
                        "pipe-without-pipefail",
                        "FROM debian:bookworm\nSHELL [\"/usr/bin/bash\", \"-o\", \"errexit\", \"-o\", \"pipefail\", \"-c\"]\n"
                                + "RUN curl -fsSL https://x | tar -xz\n"))
                .isEmpty();
    }

    @Test
    void lastUserIsFoundInTheStageTheFinalOneIsBuiltFrom() throws Exception {
        assertThat(lint("last-user-root", "FROM debian:bookworm AS base\nUSER root\nFROM base\nRUN id\n"))
                .singleElement()
                .satisfies(s -> assertThat(s).startsWith("2:6 "));
        assertThat(lint("last-user-root", "FROM debian:bookworm AS base\nUSER root\nFROM base\nUSER 1000\n"))
                .isEmpty();
        assertThat(lint("last-user-root", "FROM debian:bookworm\nARG U=app\nUSER ${U}\n"))
                .isEmpty();
        assertThat(lint("last-user-root", "FROM debian:bookworm\nARG U=0\nUSER ${U}:0\n"))
                .hasSize(1);
    }

    @Test
    void copyFromResolvesVariablesAndLeavesImagesAlone() throws Exception {
        String df =
                "FROM golang:1.22 AS build\nFROM debian:bookworm\nARG FROM_STAGE=build\nCOPY --from=${FROM_STAGE} /a /a\n"
                        + "COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/\nCOPY --from=ghcr.io/x/y /z /z\n";
        assertThat(lint("copy-from-undefined", df)).isEmpty();
        assertThat(lint("copy-from-undefined", df, Map.of("FROM_STAGE", "bulid")))
                .singleElement()
                .satisfies(s -> assertThat(s).contains("no stage 'bulid'"));
    }

    @Test
    void pinningRulesSkipVariablesAndOptionValues() throws Exception {
        assertThat(lint(
                        "apt-unpinned",
                        "FROM debian:bookworm\nRUN apt-get install -y -o Dpkg::Options::=--force-confold $PKGS\n"))
                .isEmpty();
        assertThat(
                        lint(
                                "apk-unpinned",
                                "FROM alpine:3.20\nRUN apk add --no-cache -t .deps -X https://dl-cdn.alpinelinux.org/alpine/edge/testing\n"))
                .isEmpty();
        assertThat(lint(
                        "pip-unpinned",
                        "FROM python:3.12\nRUN pip install -c constraints.txt -r req.txt -e . git+https://x/y.git\n"))
                .isEmpty();
        assertThat(lint("pip-unpinned", "FROM python:3.12\nRUN pip install setuptools>=41\n"))
                .singleElement()
                .satisfies(s -> assertThat(s).contains("'setuptools'"));
    }

    @Test
    void useraddSavingOnlyForBasesKnownToCarryAnOldPasswd() throws Exception {
        assertThat(lint("useradd-high-uid", "FROM debian:bookworm\nRUN useradd -u 123456789 app\n"))
                .isEmpty();
        assertThat(lint("useradd-high-uid", "FROM ubuntu:22.04\nRUN useradd --uid=200000 app\n"))
                .hasSize(1);
        assertThat(lint("useradd-high-uid", "FROM ubuntu:22.04\nRUN useradd -u 99999 app\n"))
                .isEmpty();
    }
}
