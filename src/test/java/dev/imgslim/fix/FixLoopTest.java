package dev.imgslim.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixLoopTest {

    @Test
    void safeFixesComposeOnOneRunAndSettle() throws Exception {
        String in = "FROM debian:bookworm\nRUN apt-get update && apt-get install curl\n";
        FixLoop.Outcome o = Fixing.fix(in, FixSelection.safeOnly());
        assertThat(o.fixed())
                .isEqualTo(
                        "FROM debian:bookworm\n"
                                + "RUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*\n");
        assertThat(o.settled()).isTrue();
        assertThat(o.applied())
                .extracting(FixLoop.Applied::rule)
                .containsExactlyInAnyOrder("apt-install-recommends", "apt-lists-not-removed", "apt-missing-yes");
        assertThat(Fixing.safe(o.fixed())).isEqualTo(o.fixed());
    }

    @Test
    void instructionLevelFixes() throws Exception {
        String in =
                "FROM alpine:3.20 as Build\nMAINTAINER Jane \"JD\" Doe <jane@example.com> $HOME\nENV A b\nLABEL x y z\nENV Q \"a b\"\ncopy a /a\n";
        assertThat(Fixing.safe(in))
                .isEqualTo("FROM alpine:3.20 AS build\n"
                        + "LABEL org.opencontainers.image.authors=\"Jane \\\"JD\\\" Doe <jane@example.com> \\$HOME\"\n"
                        + "ENV A=b\nLABEL x=\"y z\"\nENV Q \"a b\"\nCOPY a /a\n");
    }

    @Test
    void continuationStyleAndIndentationAreKept() throws Exception {
        String leading =
                "FROM debian:bookworm\nRUN apt-get update \\\n  && apt-get install -y --no-install-recommends curl\n";
        assertThat(Fixing.safe(leading))
                .isEqualTo(
                        "FROM debian:bookworm\nRUN apt-get update \\\n"
                                + "  && apt-get install -y --no-install-recommends curl \\\n  && rm -rf /var/lib/apt/lists/*\n");
        String trailing =
                "FROM debian:bookworm\nRUN apt-get update && \\\n\tapt-get install -y --no-install-recommends curl\n";
        assertThat(Fixing.safe(trailing))
                .isEqualTo("FROM debian:bookworm\nRUN apt-get update && \\\n"
                        + "\tapt-get install -y --no-install-recommends curl && \\\n\trm -rf /var/lib/apt/lists/*\n");
    }

    @Test
    void crlfBomAndBacktickEscapeArePreserved() throws Exception {
        String in =
                "\uFEFF# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nMAINTAINER me\r\nENV A b\r\n";
        String out = Fixing.safe(in);
        assertThat(out)
                .isEqualTo("\uFEFF# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\n"
                        + "LABEL org.opencontainers.image.authors=\"me\"\r\nENV A=b\r\n");
        String debian =
                "# escape=`\r\nFROM debian:bookworm\r\nRUN apt-get update `\r\n && apt-get install -y --no-install-recommends curl\r\n";
        assertThat(Fixing.safe(debian))
                .isEqualTo(
                        "# escape=`\r\nFROM debian:bookworm\r\nRUN apt-get update `\r\n"
                                + " && apt-get install -y --no-install-recommends curl `\r\n && rm -rf /var/lib/apt/lists/*\r\n");
    }

    @Test
    void unsafeFixesOnlyWhenAsked() throws Exception {
        String in = "FROM debian:bookworm\nRUN mkdir /a\n# make b\nRUN mkdir /b\nCMD python app.py\n";
        FixLoop.Outcome safe = Fixing.fix(in, FixSelection.safeOnly());
        assertThat(safe.changed()).isFalse();
        assertThat(safe.remaining()).containsKeys("fragmented-run", "json-args-recommended");
        assertThat(Fixing.unsafe(in))
                .isEqualTo("FROM debian:bookworm\n# make b\nRUN mkdir /a && mkdir /b\nCMD [\"python\", \"app.py\"]\n");
    }

    @Test
    void runsAreNotMergedWhenMeaningCouldChange() throws Exception {
        for (String pair : List.of(
                "RUN cd /tmp\nRUN make\n",
                "RUN make\nRUN a; b\n",
                "RUN make\nRUN a || b\n",
                "RUN --network=none make\nRUN make install\n",
                "RUN make # build\nRUN make install\n",
                "RUN <<EOF\nmake\nEOF\nRUN make install\n")) {
            String in = "FROM debian:bookworm\n" + pair;
            assertThat(Fixing.fix(in, new FixSelection(List.of("fragmented-run"), List.of(), true))
                            .changed())
                    .as(pair)
                    .isFalse();
        }
    }

    @Test
    void selectAndIgnoreTakeCodesNamesAndAliases() throws Exception {
        String in =
                "FROM debian:bookworm\nMAINTAINER me\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n";
        String onlyLists = Fixing.fix(in, new FixSelection(List.of("DL3009"), List.of(), false))
                .fixed();
        assertThat(onlyLists).contains("MAINTAINER me").contains("&& rm -rf /var/lib/apt/lists/*");
        String notLists = Fixing.fix(in, new FixSelection(List.of(), List.of("IS302"), false))
                .fixed();
        assertThat(notLists).doesNotContain("rm -rf").contains("LABEL org.opencontainers.image.authors=\"me\"");
    }

    @Test
    void nothingIsAppendedBehindAShellCommentOrAnOperator() throws Exception {
        for (String run : List.of(
                "RUN apt-get update && apt-get install -y --no-install-recommends curl # tools",
                "RUN apt-get update && apt-get install -y --no-install-recommends curl;")) {
            String in = "FROM debian:bookworm\n" + run + "\n";
            assertThat(Fixing.safe(in)).as(run).isEqualTo(in);
        }
    }

    @Test
    void packageCacheFixesUseTheModelsSpans() throws Exception {
        FixSelection only = new FixSelection(List.of("package-cache-left"), List.of(), false);
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(
                "FROM python:3.12-slim\nRUN pip install --upgrade requests\n",
                "FROM python:3.12-slim\nRUN pip install --no-cache-dir --upgrade requests\n");
        cases.put(
                "FROM python:3.12-slim\nRUN python3 -m pip install -r req.txt\n",
                "FROM python:3.12-slim\nRUN python3 -m pip install --no-cache-dir -r req.txt\n");
        cases.put("FROM alpine:3.20\nRUN apk add curl\n", "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
        cases.put(
                "FROM fedora:40\nRUN dnf install -y gcc \\\n && dnf install -y make\n",
                "FROM fedora:40\nRUN dnf install -y gcc \\\n && dnf install -y make \\\n && dnf clean all\n");
        cases.put(
                "FROM node:20-slim\nRUN npm install -g lodash@4.17.21\n",
                "FROM node:20-slim\nRUN npm install -g lodash@4.17.21 && npm cache clean --force\n");
        for (var c : cases.entrySet())
            assertThat(Fixing.fix(c.getKey(), only).fixed()).as(c.getKey()).isEqualTo(c.getValue());
    }

    @Test
    void aLoneUpdateRunIsFoldedIntoTheInstallRunAfterIt() throws Exception {
        String in =
                "FROM debian:bookworm\nRUN apt-get update\n# tools\nRUN apt-get install -y --no-install-recommends curl \\\n"
                        + " && rm -rf /var/lib/apt/lists/*\n";
        assertThat(Fixing.safe(in))
                .isEqualTo(
                        "FROM debian:bookworm\n# tools\n"
                                + "RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n");
        String apart =
                "FROM debian:bookworm\nRUN apt-get update\nENV A=b\nRUN apt-get install -y --no-install-recommends curl\n";
        assertThat(Fixing.fix(apart, new FixSelection(List.of("apt-update-separate"), List.of(), false))
                        .changed())
                .isFalse();
    }

    @Test
    void aptBecomesAptGet() throws Exception {
        String in =
                "FROM debian:bookworm\nRUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n";
        assertThat(Fixing.fix(in, new FixSelection(List.of("DL3027"), List.of(), false))
                        .fixed())
                .isEqualTo(
                        "FROM debian:bookworm\n"
                                + "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n");
    }
}
