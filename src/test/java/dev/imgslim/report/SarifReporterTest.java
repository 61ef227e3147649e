package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    @Test
    void matchesGolden() {
        Golden.assertMatches("sarif", Samples.render("sarif", Samples.mixed()));
    }

    @Test
    void hasWhatGithubCodeScanningRequires() throws Exception {
        JsonNode root = JsonReporterTest.parse(Samples.render("sarif", Samples.mixed()));
        assertThat(root.get("$schema").asText()).contains("sarif");
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode run = root.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("imgslim");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");

        JsonNode rules = driver.get("rules");
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : rules) {
            assertThat(ids.add(rule.get("id").asText())).as("unique rule ids").isTrue();
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("markdown").asText()).isNotBlank();
            assertThat(rule.get("helpUri").asText()).endsWith(rule.get("name").asText() + ".md");
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isIn("error", "warning", "note");
            assertThat(rule.get("properties").get("tags")).isNotEmpty();
            assertThat(rule.get("properties").get("precision").asText()).isEqualTo("high");
        }
        assertThat(ids).containsExactlyInAnyOrder("IS010", "IS101", "IS205", "IS210", "IS301", "IS520");

        JsonNode results = run.get("results");
        assertThat(results).hasSize(7);
        for (JsonNode r : results) {
            int index = r.get("ruleIndex").asInt();
            assertThat(rules.get(index).get("id").asText())
                    .isEqualTo(r.get("ruleId").asText());
            assertThat(r.get("level").asText()).isIn("error", "warning", "note");
            assertThat(r.get("message").get("text").asText()).isNotBlank();
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            String uri = loc.get("artifactLocation").get("uri").asText();
            assertThat(uri).doesNotContain("\\").doesNotStartWith("/").doesNotContain("é");
            assertThat(loc.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            JsonNode region = loc.get("region");
            assertThat(region.get("startLine").asInt()).isPositive();
            assertThat(region.get("startColumn").asInt()).isPositive();
            assertThat(region.get("endLine").asInt())
                    .isGreaterThanOrEqualTo(region.get("startLine").asInt());
            assertThat(r.get("partialFingerprints").fields().next().getValue().asText())
                    .hasSize(64);
        }
        assertThat(results.get(0).get("properties").get("savingsBytes").asLong())
                .isEqualTo(880_400_000L);
        assertThat(results.get(6)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText())
                .isEqualTo("services/caf%C3%A9/Dockerfile");
    }

    @Test
    void styleAndInfoBecomeNote() throws Exception {
        JsonNode results = JsonReporterTest.parse(Samples.render("sarif", Samples.mixed()))
                .get("runs")
                .get(0)
                .get("results");
        assertThat(results)
                .extracting(r -> r.get("ruleId").asText() + "=" + r.get("level").asText())
                .contains("IS520=note", "IS205=note", "IS301=warning", "IS010=error");
    }

    @Test
    void fileErrorsAreToolNotifications() throws Exception {
        JsonNode inv = JsonReporterTest.parse(Samples.render("sarif", Samples.mixed()))
                .get("runs")
                .get(0)
                .get("invocations")
                .get(0);
        assertThat(inv.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode n = inv.get("toolExecutionNotifications").get(0);
        assertThat(n.get("level").asText()).isEqualTo("error");
        assertThat(n.get("message").get("text").asText()).startsWith("unterminated heredoc");
        JsonNode clean = JsonReporterTest.parse(Samples.render("sarif", Samples.clean()))
                .get("runs")
                .get(0);
        assertThat(clean.get("invocations").get(0).get("executionSuccessful").asBoolean())
                .isTrue();
        assertThat(clean.get("results")).isEmpty();
        assertThat(clean.get("tool").get("driver").get("rules")).isEmpty();
    }

    @Test
    void rulePageHelpIsUsedWhenAvailable() throws Exception {
        var ctx = Samples.context()
                .withRuleHelp(meta -> java.util.Optional.of("# " + meta.name() + "\n\nWhy it matters."));
        JsonNode rule = JsonReporterTest.parse(Samples.render(new SarifReporter(), Samples.mixed(), ctx))
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver")
                .get("rules")
                .get(0);
        assertThat(rule.get("help").get("markdown").asText()).isEqualTo("# copy-outside-context\n\nWhy it matters.");
    }

    @Test
    void withoutADocBaseThereIsNoHelpUri() throws Exception {
        var ctx = new ReportContext(false, null, null, null, "", true, null, null);
        JsonNode driver = JsonReporterTest.parse(Samples.render(new SarifReporter(), Samples.mixed(), ctx))
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        assertThat(driver.has("version")).isFalse();
        JsonNode rule = driver.get("rules").get(0);
        assertThat(rule.has("helpUri")).isFalse();
        assertThat(rule.get("help").get("text").asText()).isEqualTo("COPY names a path outside the build context");
    }

    @Test
    void endBeforeStartOnOneLineIsLeftOut() throws Exception {
        var f = Samples.mixed().findings().get(1);
        var bad = new dev.imgslim.rules.Finding(
                f.rule(), f.severity(), f.file(), Samples.span(3, 9, 3, 2), f.message(), null, java.util.List.of());
        JsonNode region = JsonReporterTest.parse(Samples.render(
                        new SarifReporter(),
                        new dev.imgslim.rules.LintResult(
                                java.util.List.of(), java.util.List.of(bad), java.util.List.of()),
                        Samples.context()))
                .get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region");
        assertThat(region.has("endColumn")).isFalse();
        assertThat(region.get("startColumn").asInt()).isEqualTo(9);
    }

    @Test
    void urisAreRelativeWithForwardSlashesOrFileUris() {
        assertThat(SarifUris.uri(".\\docker\\Dockerfile")).isEqualTo("docker/Dockerfile");
        assertThat(SarifUris.uri("a b/Dockerfile:dev")).isEqualTo("a%20b/Dockerfile%3Adev");
        assertThat(SarifUris.uri("/src/Dockerfile")).isEqualTo("file:///src/Dockerfile");
        assertThat(SarifUris.uri("C:\\src\\Dockerfile")).isEqualTo("file:///C%3A/src/Dockerfile");
        assertThat(SarifUris.isAbsolute("src/Dockerfile")).isFalse();
    }
}
