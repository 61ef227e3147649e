package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import dev.imgslim.testenv.DockerTestEnv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measured recommends against the truth: the same {@code apt-get install} built twice from the local Debian
 * base (host network, to reach Debian's mirror), with and without {@code --no-install-recommends}. The
 * difference of the two layers is what the option saves; the figure read from the first layer's dpkg and
 * apt state alone must come close to it.
 */
@Tag("docker")
class AnalyzeRecommendsDockerTest {
    static final String WITH = """
            FROM imgslim-test/debian:bookworm
            RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
            """;
    static final String WITHOUT = """
            FROM imgslim-test/debian:bookworm
            RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
            """;

    static DockerTestEnv env;
    static Path with;
    static Path without;

    @BeforeAll
    static void build(@TempDir Path tmp) throws IOException {
        env = DockerTestEnv.require();
        DockerClient client = env.client();
        client.inspectImageCmd(AnalyzeDockerTest.BASE).exec(); // scripts/local-bases.sh makes it
        with = build(client, tmp.resolve("with"), WITH, "imgslim-test/recommends:with");
        without = build(client, tmp.resolve("without"), WITHOUT, "imgslim-test/recommends:without");
    }

    private static Path build(DockerClient client, Path dir, String text, String tag) throws IOException {
        Files.createDirectories(dir);
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), text);
        client.buildImageCmd()
                .withBaseDirectory(dir.toFile())
                .withDockerfile(dockerfile.toFile())
                .withNetworkMode("host")
                .withPull(false)
                .withTags(Set.of(tag))
                .exec(new BuildImageResultCallback())
                .awaitImageId(15, TimeUnit.MINUTES);
        return dockerfile;
    }

    @Test
    void theMeasuredRecommendsComeCloseToWhatTheOptionSaves() {
        AnalyzeRun a = AnalyzeRun.run(
                env.probeEnv(), "--image", "imgslim-test/recommends:with", "--format", "json", with.toString());
        AnalyzeRun b = AnalyzeRun.run(
                env.probeEnv(), "--image", "imgslim-test/recommends:without", "--format", "json", without.toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        JsonNode finding = a.finding(2, "apt-install-recommends");
        long measured = finding.path("measuredBytes").asLong();
        long truth = a.line(2).path("sizeBytes").asLong()
                - b.line(2).path("sizeBytes").asLong();
        double ratio = (double) measured / truth;
        System.out.printf(
                "recommends: line 2 with %d bytes, without %d bytes, difference %d; measured %d (ratio %.3f); %s%n",
                a.line(2).path("sizeBytes").asLong(),
                b.line(2).path("sizeBytes").asLong(),
                truth,
                measured,
                ratio,
                finding.path("measuredBasis").asText());
        assertThat(truth).isGreaterThan(1_000_000);
        assertThat(ratio).isBetween(0.9, 1.02);
        assertThat(finding.path("measuredBasis").asText()).contains("only as Recommends");
        // the good build has no such finding, so nothing to measure
        assertThat(b.line(2).path("findings").findValuesAsText("name")).doesNotContain("apt-install-recommends");
    }
}
