package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands, run in-process as a user runs them. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void versionAndHelp() {
        Cli v = Cli.run("--version");
        assertThat(v.exitCode()).isZero();
        // version, commit and build date, each on its own line (the build filtered them into the jar)
        assertThat(v.out())
                .matches("(?s)imgslim \\d+\\.\\d+\\.\\d+\\S*\\R"
                        + "commit ([0-9a-f]{7,40}|unknown)\\R"
                        + "built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\R");
        Cli h = Cli.run("--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("lint", "parse", "rules", "explain", "Exit codes:");
        // no command at all is a usage error: the help on stderr, exit 2
        Cli none = Cli.run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("Usage: imgslim", "lint", "Exit codes:");
        Cli sub = Cli.run("lint", "--help");
        assertThat(sub.out()).contains("--failure-threshold", "--format");
    }

    @Test
    @Tag("shared")
    void parseDumpBuildkitIsByteIdenticalThroughTheCli() throws Exception {
        Path corpus = dev.imgslim.testsupport.RealCorpus.root()
                .resolve("buildkit-parser")
                .resolve("continueIndent");
        Cli r = Cli.run(
                "parse", "--dump", "buildkit", corpus.resolve("Dockerfile").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(corpus.resolve("result"), StandardCharsets.UTF_8));
    }

    @Test
    void parseDumpJsonHasKeywordsFlagsMountsHeredocsAndSpans() throws Exception {
        Path df = dir.resolve("Dockerfile");
        Files.writeString(
                df,
                "# syntax=docker/dockerfile:1\nFROM python:3.12-slim AS app\n"
                        + "RUN --mount=type=cache,target=/root/.cache pip install x\nCOPY <<EOF /app/conf\nk=v\nEOF\nCMD [\"python\", \"-m\", \"app\"]\n");
        Cli r = Cli.run("parse", "--dump", "json", df.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.at("/directives/0/name").asText()).isEqualTo("syntax");
        JsonNode run = root.at("/instructions/1");
        assertThat(run.at("/keyword").asText()).isEqualTo("RUN");
        assertThat(run.at("/flags/0/mount/type").asText()).isEqualTo("cache");
        assertThat(run.at("/flags/0/mount/target").asText()).isEqualTo("/root/.cache");
        assertThat(run.at("/span/startLine").asInt()).isEqualTo(3);
        JsonNode copy = root.at("/instructions/2");
        assertThat(copy.at("/heredocs/0/content").asText()).isEqualTo("k=v\n");
        assertThat(copy.at("/span/endLine").asInt()).isEqualTo(6);
        assertThat(root.at("/instructions/3/form").asText()).isEqualTo("json");
        assertThat(root.at("/instructions/3/args/2").asText()).isEqualTo("app");
    }

    @Test
    void exitCodesForFindingsThresholdAndNoFail() throws Exception {
        Path bad = Path.of("samples", "apt-lists-not-removed", "bad.Dockerfile").toAbsolutePath();
        assertThat(Cli.run("lint", "--format", "plain", bad.toString()).exitCode())
                .isEqualTo(ExitCodes.FINDINGS);
        assertThat(Cli.run("lint", "--format", "plain", "--failure-threshold", "error", bad.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.OK);
        assertThat(Cli.run("lint", "--format", "plain", "--no-fail", bad.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.OK);
        // The sample's path holds the rule name and other rules report on it: look for the finding's tag.
        assertThat(Cli.run("lint", "--format", "plain", "--ignore", "apt-lists-not-removed", bad.toString())
                        .out())
                .doesNotContain("[IS302 apt-lists-not-removed]");
        Path clean = dir.resolve("Dockerfile");
        Files.writeString(clean, "FROM scratch\nCOPY app /app\n");
        assertThat(Cli.run("lint", "--format", "plain", "--ignore", "IS204", clean.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void configFileAndInlinePragmas() throws Exception {
        Path df = dir.resolve("Dockerfile");
        Files.writeString(
                df,
                "FROM debian:bookworm\n# imgslim ignore=apt-lists-not-removed # reason: test\n"
                        + "RUN apt-get update && apt-get install -y --no-install-recommends curl\n"
                        + "RUN apt-get update && apt-get install -y --no-install-recommends jq\n");
        String out = Cli.run("lint", "--format", "plain", df.toString()).out();
        // Other rules report on these lines too: look for this rule's tag on each line.
        assertThat(out).doesNotContainPattern(":3:\\d+: \\w+: \\[IS302").containsPattern(":4:\\d+: \\w+: \\[IS302");
        Path cfg = dir.resolve("cfg.yaml");
        Files.writeString(cfg, "severity:\n  apt-lists-not-removed: error\n");
        assertThat(Cli.run("lint", "--format", "plain", "--config", cfg.toString(), df.toString())
                        .out())
                .contains(":4:")
                .contains(": error: [IS302 apt-lists-not-removed]");
        Files.writeString(cfg, "ignore: [DL3009]\n");
        assertThat(Cli.run("lint", "--format", "plain", "--config", cfg.toString(), df.toString())
                        .out())
                .doesNotContain("[IS302 apt-lists-not-removed]");
    }

    @Test
    void outputFileIsWrittenAndFoldersAreSearched() throws Exception {
        Path sub = dir.resolve("svc");
        Files.createDirectories(sub.resolve("node_modules/x"));
        Files.writeString(
                sub.resolve("Dockerfile"),
                "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n");
        Files.writeString(
                sub.resolve("node_modules/x/Dockerfile"),
                "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n");
        Path report = dir.resolve("out/report.json");
        Cli r = Cli.run("lint", "--format", "json", "--output", report.toString(), dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/summary/files").asInt()).isEqualTo(1);
        assertThat(json.at("/findings/0/file").asText()).endsWith("svc/Dockerfile");
    }

    @Test
    void rulesAndExplain() throws Exception {
        Cli list = Cli.run("rules", "--format", "json");
        JsonNode rules = new ObjectMapper().readTree(list.out());
        assertThat(rules.isArray()).isTrue();
        assertThat(rules.findValuesAsText("name")).contains("apt-lists-not-removed");
        Cli explain = Cli.run("explain", "DL3009");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).startsWith("# apt-lists-not-removed (IS302)");
        assertThat(Cli.run("explain", "no-such-rule").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("explain", "SC2086").out()).startsWith("# shellcheck");
    }
}
