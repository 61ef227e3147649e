package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportersTest {

    @Test
    void everyNameGivesTheReporterOfThatFormat() {
        assertThat(Reporters.names())
                .containsExactly("tty", "plain", "json", "sarif", "checkstyle", "gitlab", "github", "junit");
        for (String name : Reporters.names())
            assertThat(Reporters.forName(name).getClass().getSimpleName()).isEqualToIgnoringCase(name + "Reporter");
        assertThat(Reporters.forName(" SARIF ")).isInstanceOf(SarifReporter.class);
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> Reporters.forName("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown format 'xml' (expected one of: tty, plain, json, sarif, checkstyle, gitlab, github, junit)");
        assertThatThrownBy(() -> Reporters.forName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outputIsIndependentOfFindingOrderAndEndsWithNewline() {
        var result = Samples.mixed();
        var findings = new java.util.ArrayList<>(result.findings());
        java.util.Collections.reverse(findings);
        var reversed = new dev.imgslim.rules.LintResult(result.files(), findings, result.errors());
        for (String name : Reporters.names()) {
            String out = Samples.render(name, result);
            assertThat(Samples.render(name, reversed)).as(name).isEqualTo(out);
            assertThat(out).as(name).endsWith("\n").doesNotContain("\r");
        }
    }
}
