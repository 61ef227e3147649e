package dev.imgslim.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgslim.catalog.Catalog;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SizeEstimatorTest {

    private static SizeReport report(String path, Map<String, String> buildArgs) throws Exception {
        Dockerfile df = new DockerfileParser().parse(path, Files.readString(Path.of(path)));
        LintOptions options = new LintOptions(LintOptions.defaults().config(), buildArgs, null, null, null);
        var findings = new LintEngine(BuiltinRules.all()).lint(df, options);
        return SizeEstimator.estimate(path, df, options, findings, Catalog.load(), null);
    }

    /** Each sample's bases are recognised as the family and variant the sample is about. */
    @Test
    void tagMatchingOnTheSamples() throws Exception {
        assertThat(report("samples/fat-base-variant/bad.Dockerfile", Map.of()).stages())
                .extracting(SizeReport.StageSize::family)
                .containsExactly("python/full", "node/full", "python/full", null);
        assertThat(report("samples/fat-base-variant/good.Dockerfile", Map.of()).stages())
                .extracting(SizeReport.StageSize::family)
                .containsExactly("python/full", "node/full", "python/slim", null);
        assertThat(report("samples/build-image-in-final-stage/good.Dockerfile", Map.of())
                        .stages())
                .extracting(SizeReport.StageSize::family)
                .containsExactly("golang/full", "gcr.io/distroless/static");
        assertThat(report("samples/missing-multi-stage/good.Dockerfile", Map.of())
                        .stages())
                .extracting(SizeReport.StageSize::family)
                .containsExactly("golang/full", "scratch");
        // --build-arg changes what the templated FROM resolves to
        SizeReport slim = report("samples/fat-base-variant/bad.Dockerfile", Map.of("PY", "3.12-slim"));
        assertThat(slim.stages().get(2).family()).isEqualTo("python/slim");
        assertThat(slim.estimate().figures().get(0).bytes()).isEqualTo(43_188_023L);
    }

    @Test
    void scratchIsZeroAndUnknownIsUnknown() throws Exception {
        SizeReport scratch = report("samples/missing-multi-stage/good.Dockerfile", Map.of());
        assertThat(scratch.estimate().known()).isTrue();
        assertThat(scratch.estimate().figures())
                .allSatisfy(f -> assertThat(f.bytes()).isZero());
        Dockerfile df = new DockerfileParser().parse("Dockerfile", "FROM acme/x:1\nCMD [\"x\"]\n");
        SizeReport unknown =
                SizeEstimator.estimate("Dockerfile", df, LintOptions.defaults(), List.of(), Catalog.load(), 1L);
        assertThat(unknown.estimate().known()).isFalse();
        assertThat(unknown.budget().exceeded()).isFalse();
        assertThat(unknown.budget().text()).startsWith("note:");
    }

    @Test
    void byteUnits() {
        assertThat(Bytes.parse("500MB")).isEqualTo(500_000_000L);
        assertThat(Bytes.parse("1.5 GB")).isEqualTo(1_500_000_000L);
        assertThat(Bytes.parse("800MiB")).isEqualTo(800L * 1024 * 1024);
        assertThat(Bytes.parse("2GiB")).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(Bytes.parse("10kB")).isEqualTo(10_000L);
        assertThat(Bytes.parse("1KiB")).isEqualTo(1024L);
        assertThat(Bytes.parse("123")).isEqualTo(123L);
        assertThat(Bytes.parse("7B")).isEqualTo(7L);
        assertThatThrownBy(() -> Bytes.parse("5 parsecs")).hasMessageContaining("unknown size unit");
        assertThatThrownBy(() -> Bytes.parse("-1MB")).hasMessageContaining("not a size");
        assertThat(Bytes.human(410_908_459L)).isEqualTo("411 MB");
        assertThat(Bytes.human(1_110_000_000L)).isEqualTo("1.11 GB");
    }
}
