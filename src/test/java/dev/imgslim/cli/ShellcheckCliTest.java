package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgslim.rules.shellcheck.ShellcheckInstalled;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ShellCheck findings as users see them: SC codes in every format, and the switches that silence them. */
class ShellcheckCliTest {
    @TempDir
    Path dir;

    Path df;

    @BeforeEach
    void setUp() throws Exception {
        ShellcheckInstalled.require();
        df = dir.resolve("Dockerfile");
        Files.writeString(
                df, "FROM debian:bookworm\nARG prefix\nRUN mkdir -p $prefix/bin && echo \"$undefined_var\"\n");
    }

    @Test
    void plainAndJsonCarryTheScCodeAndItsSeverity() throws Exception {
        Cli plain = Cli.run("lint", "--format", "plain", df.toString());
        assertThat(plain.out())
                .contains(
                        df + ":3:14: info: [SC2086 shellcheck] Double quote to prevent globbing",
                        df + ":3:35: warning: [SC2154 shellcheck] undefined_var is referenced but not assigned");
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode json = new ObjectMapper()
                .readTree(Cli.run("lint", "--format", "json", df.toString()).out());
        assertThat(json.at("/findings/0/code").asText()).isEqualTo("SC2086");
        assertThat(json.at("/findings/0/name").asText()).isEqualTo("shellcheck");
        assertThat(json.at("/findings/0/severity").asText()).isEqualTo("info");
        JsonNode sarif = new ObjectMapper()
                .readTree(Cli.run("lint", "--format", "sarif", df.toString()).out());
        assertThat(sarif.findValuesAsText("ruleId")).contains("SC2086", "SC2154");
    }

    @Test
    void switchesAndConfig() throws Exception {
        assertThat(Cli.run("lint", "--format", "plain", "--no-shellcheck", df.toString())
                        .out())
                .doesNotContain("shellcheck");
        assertThat(Cli.run("lint", "--format", "plain", "--ignore", "shellcheck", df.toString())
                        .out())
                .doesNotContain("shellcheck");
        Cli one = Cli.run("lint", "--format", "plain", "--ignore", "SC2154", df.toString());
        assertThat(one.out()).contains("SC2086").doesNotContain("SC2154");
        assertThat(one.exitCode()).isEqualTo(ExitCodes.OK);
        Path cfg = dir.resolve("cfg.yaml");
        Files.writeString(cfg, "shellcheck: false\n");
        assertThat(Cli.run("lint", "--format", "plain", "--config", cfg.toString(), df.toString())
                        .out())
                .doesNotContain("shellcheck");
        Files.writeString(cfg, "severity: {SC2086: error}\n");
        assertThat(Cli.run("lint", "--format", "plain", "--config", cfg.toString(), df.toString())
                        .out())
                .contains(":3:14: error: [SC2086 shellcheck]");
    }

    @Test
    void explainShowsThePage() {
        Cli r = Cli.run("explain", "IS700");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# shellcheck (IS700)");
    }

    @Test
    void whatShellcheckDidNotCheckIsANoticeInTheReportAndOnStderrWithVerbose() throws Exception {
        StringBuilder text = new StringBuilder("FROM debian:bookworm\nRUN echo $a\nRUN true \\\n");
        for (int i = 0; i < 1000; i++) text.append("  && echo step").append(i).append(" \\\n");
        Files.writeString(df, text.append("  && true\n").toString());
        String notice = df + ":3:1: info: [IS700 shellcheck] not checked by ShellCheck: this RUN's script has ";
        Cli quiet = Cli.run("lint", "--format", "plain", "--no-fail", df.toString());
        assertThat(quiet.out()).contains(notice, df + ":2:10: info: [SC2086 shellcheck]");
        assertThat(quiet.err()).doesNotContain("not checked");
        Cli verbose = Cli.run("lint", "--format", "plain", "--no-fail", "--verbose", df.toString());
        assertThat(verbose.out()).contains(notice);
        assertThat(verbose.err())
                .contains("imgslim: " + df + ":3:1: not checked by ShellCheck: this RUN's script has ");
    }
}
