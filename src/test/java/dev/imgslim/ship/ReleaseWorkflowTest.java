package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The release workflow cannot run here (no GitHub), so it is checked for what it must do: run on
 * version tags, check the references, test, build and smoke-test a bundle per platform, attach the
 * jar and bundles to the release, and push a two-platform image with an SBOM and provenance. Its
 * reference check, scripts/check-release-refs, runs for real on this repository.
 */
class ReleaseWorkflowTest {

    @Test
    void onAVersionTagItTestsBundlesReleasesAndPushesAnAttestedMultiPlatformImage() throws IOException {
        JsonNode wf = GithubYamlTest.read(".github/workflows/release.yml");
        JsonNode on = wf.has("on") ? wf.get("on") : wf.get("true");
        assertThat(on.path("push").path("tags").toString()).contains("v*");
        JsonNode jobs = wf.path("jobs");
        List<String> runs = new ArrayList<>();
        List<JsonNode> uses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = jobs.fields(); it.hasNext(); ) {
            JsonNode job = it.next().getValue();
            assertThat(job.path("runs-on").asText()).isNotBlank();
            for (JsonNode step : job.path("steps")) {
                assertThat(step.hasNonNull("uses") ^ step.hasNonNull("run"))
                        .as("uses or run: " + step)
                        .isTrue();
                if (step.hasNonNull("run")) runs.add(step.get("run").asText());
                if (step.hasNonNull("uses")) uses.add(step);
            }
            // every job named in needs exists
            for (JsonNode need : job.path("needs"))
                assertThat(jobs.has(need.asText())).as("needs " + need).isTrue();
        }
        assertThat(runs)
                .anyMatch(r -> r.contains("scripts/check-release-refs"))
                .anyMatch(r -> r.contains("scripts/fetch-corpus"))
                .anyMatch(r -> r.contains("scripts/test-all"))
                .anyMatch(r -> r.contains("scripts/make-bundle"))
                .anyMatch(r -> r.contains("gh release create") && r.contains("SHA256SUMS"));
        // one bundle per platform the bundle script names: Linux and macOS, x64 and arm64
        assertThat(jobs.path("bundle")
                        .path("strategy")
                        .path("matrix")
                        .path("include")
                        .toString())
                .contains("linux-x64", "linux-arm64", "macos-x64", "macos-arm64");

        JsonNode push = uses.stream()
                .filter(s -> s.get("uses").asText().startsWith("docker/build-push-action@"))
                .findFirst()
                .orElseThrow()
                .path("with");
        assertThat(push.path("platforms").asText()).contains("linux/amd64").contains("linux/arm64");
        assertThat(push.path("push").asText()).isEqualTo("true");
        assertThat(push.path("sbom").asText()).isEqualTo("true");
        assertThat(push.path("provenance").asText()).contains("max");
        assertThat(push.path("labels").asText()).contains("steps.meta.outputs.labels");
        assertThat(push.path("build-args").asText()).contains("REVISION=");
        assertThat(uses)
                .anyMatch(s -> s.get("uses").asText().startsWith("docker/metadata-action@"))
                .anyMatch(s -> s.get("uses").asText().startsWith("docker/login-action@")
                        && s.path("with").path("registry").asText().equals("ghcr.io"))
                .anyMatch(s -> s.get("uses").asText().startsWith("docker/setup-buildx-action@"));
        assertThat(jobs.path("image").path("permissions").path("packages").asText())
                .isEqualTo("write");
        assertThat(jobs.path("github-release")
                        .path("permissions")
                        .path("contents")
                        .asText())
                .isEqualTo("write");
    }

    @Test
    void theReferenceCheckPassesForThisVersionAndNamesEveryStaleReference() throws IOException {
        String version = Files.readString(Proc.basedir().resolve("pom.xml"))
                .replaceAll("(?s).*?<version>([^<]+)</version>.*", "$1");
        Proc ok =
                Proc.run(Proc.basedir(), Map.of(), Duration.ofMinutes(1), "scripts/check-release-refs", "v" + version);
        assertThat(ok.exitCode()).as(ok.output()).isZero();

        Proc stale = Proc.run(Proc.basedir(), Map.of(), Duration.ofMinutes(1), "scripts/check-release-refs", "v99.0.0");
        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.output())
                .contains("pom.xml: version " + version + ", expected 99.0.0")
                .containsPattern("README.md:\\d+: v" + version.replace(".", "\\.") + ", expected v99\\.0\\.0")
                .containsPattern(
                        "\\.pre-commit-hooks\\.yaml:\\d+: " + version.replace(".", "\\.") + ", expected 99\\.0\\.0");

        Proc usage = Proc.run(Proc.basedir(), Map.of(), Duration.ofMinutes(1), "scripts/check-release-refs", "1.2");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(Path.of("scripts/check-release-refs")).isExecutable();
    }
}
