package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts, the best pick and both writers, on hand-made measurements (no daemon needed). */
class ProbeReportTest {

    static ImageMeasurement image(String ref, Long compressed, List<String> lacks, String... errors) {
        return new ImageMeasurement(
                ref,
                "docker.io/library/x",
                "t",
                "sha256:" + "ab".repeat(32),
                "linux/amd64",
                compressed,
                1,
                null,
                null,
                null,
                null,
                lacks,
                List.of(errors));
    }

    static ProbeReport report(ImageMeasurement base, ImageMeasurement... candidates) {
        List<ImageMeasurement> cs = List.of(candidates);
        return new ProbeReport(
                base, cs, cs.stream().map(c -> Verdict.of(base, c)).toList(), "linux/amd64", List.of());
    }

    @Test
    void fitIsJudgedAgainstWhatTheBaseHas() {
        ImageMeasurement base = image("x:full", 100_000_000L, List.of("gcc"));
        ImageMeasurement slim = image("x:slim", 40_000_000L, List.of("gcc")); // lacks only what the base lacks
        ImageMeasurement tiny =
                image("x:tiny", 5_000_000L, List.of("gcc", "apt-get")); // lacks apt-get, which the base has
        ProbeReport r = report(base, slim, tiny);
        assertThat(r.verdicts().get(0).fit()).isTrue();
        assertThat(r.verdicts().get(1).fit()).isFalse();
        assertThat(r.best()).map(Verdict::candidate).contains("x:slim"); // the unfit one is smaller but not picked
        assertThat(r.verdicts().get(0).compressedBytesSaved()).isEqualTo(60_000_000L);
        assertThat(r.verdicts().get(0).compressedPercentSaved()).isEqualTo(60.0);
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void biggerCandidatesAreNeverBestAndFailuresSetExitThree() {
        ImageMeasurement base = image("x:small", 10L, null);
        ImageMeasurement big = image("x:big", 20L, null);
        ImageMeasurement broken = image("x:gone", null, null, "tag 'gone' not found in docker.io/library/x");
        ProbeReport r = report(base, big, broken);
        assertThat(r.best()).isEmpty();
        assertThat(r.verdicts().get(0).compressedBytesSaved()).isEqualTo(-10L);
        assertThat(r.verdicts().get(1).compressedBytesSaved()).isNull();
        assertThat(r.errors()).containsExactly("x:gone: tag 'gone' not found in docker.io/library/x");
        assertThat(r.exitCode()).isEqualTo(ProbeReport.COULD_NOT_MEASURE);
    }

    @Test
    void tableShowsDashesForWhatWasNotMeasured() {
        ProbeReport r = report(
                image("x:full", 31_100_000L, null),
                image("x:slim", 9_100_000L, null),
                image("x:gone", null, null, "boom"));
        StringWriter out = new StringWriter();
        new ProbeTableWriter().write(r, new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).startsWith("x ").contains("31.1 MB", "(base)");
        assertThat(lines.get(2)).contains("9.1 MB", "-22.0 MB (-70.7%)");
        assertThat(lines.get(3)).contains("- (incomplete)");
        assertThat(out.toString()).contains("verdict: x:slim saves 22.0 MB compressed (70.7%) against x:full");
        assertThat(ProbeTableWriter.bytes(999)).isEqualTo("999 B");
        assertThat(ProbeTableWriter.bytes(1_500)).isEqualTo("1.5 kB");
        assertThat(ProbeTableWriter.bytes(2_340_000_000L)).isEqualTo("2.34 GB");
    }

    @Test
    void jsonKeepsNullsAndCarriesErrors() {
        ProbeReport r = report(image("x:full", 10L, null), image("x:gone", null, null, "boom"));
        var json = new ProbeJsonWriter().toJson(r);
        assertThat(json.path("candidates").get(0).path("compressedBytes").isNull())
                .isTrue();
        assertThat(json.path("candidates").get(0).path("errors").get(0).asText())
                .isEqualTo("boom");
        assertThat(json.path("errors").get(0).asText()).isEqualTo("x:gone: boom");
        assertThat(json.path("exitCode").asInt()).isEqualTo(3);
        assertThat(json.path("best").isNull()).isTrue();
    }
}
