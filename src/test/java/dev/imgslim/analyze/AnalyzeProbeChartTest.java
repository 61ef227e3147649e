package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --probe}: the image's base and a slimmer candidate measured in the test registry (and,
 * with {@code --pull}, through the engine), in the JSON report and as the HTML page's candidate chart,
 * which headless chromium draws without a script error: one chart of compressed bytes, one of on-disk
 * bytes, never one scale for both.
 */
@Tag("docker")
@Tag("slow")
class AnalyzeProbeChartTest {

    @Test
    void theCandidateBasesAreMeasuredAndCharted(@TempDir Path tmp) throws Exception {
        String chromium = HtmlReportChromiumTest.chromium();
        DockerTestEnv env = DockerTestEnv.require();
        TestImages images = TestImages.ensure(env);
        Path dockerfile = Files.writeString(tmp.resolve("Dockerfile"), "FROM " + images.fat() + "\nCMD [\"sh\"]\n");
        String[] common = {
            "--image",
            images.fat(),
            "--registry",
            "--probe",
            "--candidate",
            images.slim(),
            "--pull",
            dockerfile.toString()
        };

        AnalyzeRun json = AnalyzeRun.run(env.probeEnv(), concat(common, "--format", "json"));
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode probe = json.json().path("probe");
        assertThat(probe.size()).isEqualTo(2);
        JsonNode base = probe.get(0);
        JsonNode slim = probe.get(1);
        assertThat(base.path("image").asText()).isEqualTo(images.fat());
        assertThat(base.path("role").asText()).isEqualTo("base");
        assertThat(slim.path("image").asText()).isEqualTo(images.slim());
        // random padding does not compress: the fat image is larger by about its extra padding, in both kinds
        long compressedGap = base.path("compressedBytes").asLong()
                - slim.path("compressedBytes").asLong();
        long diskGap =
                base.path("onDiskBytes").asLong() - slim.path("onDiskBytes").asLong();
        assertThat(compressedGap)
                .isBetween(TestImages.FAT_EXTRA_PADDING - 500_000L, TestImages.FAT_EXTRA_PADDING + 500_000L);
        assertThat(diskGap).isBetween(TestImages.FAT_EXTRA_PADDING - 500_000L, TestImages.FAT_EXTRA_PADDING + 500_000L);
        // the registry's compressed size of the analyzed image is the base's: the same manifest
        assertThat(base.path("compressedBytes").asLong())
                .isEqualTo(
                        json.json().path("image_totals").path("compressedBytes").asLong());
        System.out.println("probe: " + probe);

        Path page = tmp.resolve("report.html");
        AnalyzeRun html = AnalyzeRun.run(env.probeEnv(), concat(common, "--format", "html", "-o", page.toString()));
        assertThat(html.exitCode()).as(html.err()).isZero();
        String dom = HtmlReportChromiumTest.dom(chromium, page, tmp);
        assertThat(dom).contains("data-rendered=\"").doesNotContain("data-errors=");
        assertThat(dom).contains("data-probe-rendered=\"2/2\"");
        assertThat(dom).contains("id=\"probe-compressed\"").contains("id=\"probe-ondisk\"");
        assertThat(dom).contains(images.slim()).contains(images.fat() + " (current base)");
        assertThat(dom.split("class=\"probe-bar current\"", -1)).hasSize(3); // one bar per chart
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
