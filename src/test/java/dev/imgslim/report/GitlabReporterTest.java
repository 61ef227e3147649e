package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitlabReporterTest {

    @Test
    void matchesGolden() {
        Golden.assertMatches("gitlab", Samples.render("gitlab", Samples.mixed()));
    }

    @Test
    void isAnArrayOfIssuesWithUniqueHexFingerprints() throws Exception {
        JsonNode root = JsonReporterTest.parse(Samples.render("gitlab", Samples.mixed()));
        assertThat(root.isArray()).isTrue();
        assertThat(root).hasSize(8);
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : root) {
            assertThat(issue.get("description").asText()).isNotBlank();
            assertThat(issue.get("check_name").asText()).isNotBlank();
            assertThat(issue.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.get("location").get("path").asText()).isNotBlank();
            assertThat(issue.get("location").get("lines").get("begin").asInt()).isPositive();
            String fp = issue.get("fingerprint").asText();
            assertThat(fp).matches("[0-9a-f]{64}");
            assertThat(fingerprints.add(fp)).as("unique fingerprint %s", fp).isTrue();
        }
    }

    @Test
    void severityMapping() {
        assertThat(GitlabReporter.severity(dev.imgslim.config.Severity.STYLE)).isEqualTo("info");
        assertThat(GitlabReporter.severity(dev.imgslim.config.Severity.INFO)).isEqualTo("minor");
        assertThat(GitlabReporter.severity(dev.imgslim.config.Severity.WARNING)).isEqualTo("major");
        assertThat(GitlabReporter.severity(dev.imgslim.config.Severity.ERROR)).isEqualTo("critical");
    }

    @Test
    void identicalFindingsStillGetDistinctFingerprintsAndRunsAgree() throws Exception {
        Finding f = Samples.mixed().findings().get(1);
        LintResult twice = new LintResult(List.of(f.file()), List.of(f, f), List.of());
        JsonNode root = JsonReporterTest.parse(Samples.render("gitlab", twice));
        assertThat(root.get(0).get("fingerprint").asText())
                .isNotEqualTo(root.get(1).get("fingerprint").asText());
        assertThat(Samples.render("gitlab", twice)).isEqualTo(Samples.render("gitlab", twice));
    }

    @Test
    void fingerprintFollowsTheTextNotItsLineOrColumn() throws Exception {
        Finding f = Samples.mixed().findings().get(1); // apt lists, line 3 col 5..46
        List<String> lines = Samples.context().sourceLines().apply(f.file());
        // the same RUN two lines lower and indented: a new line and column, the same text
        List<String> moved = new java.util.ArrayList<>(List.of("# new", ""));
        moved.addAll(lines.subList(0, 2));
        moved.add("  " + lines.get(2));
        moved.addAll(lines.subList(3, lines.size()));
        Finding later = new Finding(
                f.rule(), f.severity(), f.file(), Samples.span(5, 7, 5, 48), f.message(), f.savings(), f.fixes());
        String a = fingerprint(f, Samples.context());
        String b = fingerprint(later, Samples.context().withSourceLines(file -> moved));
        assertThat(a).isEqualTo(b);
        // other text at the old place is another finding
        Finding elsewhere = new Finding(
                f.rule(), f.severity(), f.file(), Samples.span(1, 1, 1, 5), f.message(), f.savings(), f.fixes());
        assertThat(fingerprint(elsewhere, Samples.context())).isNotEqualTo(a);
    }

    private static String fingerprint(Finding f, ReportContext ctx) throws Exception {
        return JsonReporterTest.parse(
                        Samples.render(new GitlabReporter(), new LintResult(List.of(), List.of(f), List.of()), ctx))
                .get(0)
                .get("fingerprint")
                .asText();
    }

    @Test
    void cleanResultIsAnEmptyArray() {
        assertThat(Samples.render("gitlab", Samples.clean())).isEqualTo("[]\n");
    }
}
