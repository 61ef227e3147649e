package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe's pure parts: references, platforms, durations, daemon address and credentials lookup. */
class ProbeParsingTest {

    @Test
    void imageNamesNormaliseLikeDocker() throws ProbeFault {
        ImageName python = ImageName.parse("python:3.12-slim");
        assertThat(python.domain()).isEqualTo("docker.io");
        assertThat(python.path()).isEqualTo("library/python");
        assertThat(python.tag()).isEqualTo("3.12-slim");
        assertThat(python.registryBaseUri()).isEqualTo("https://registry-1.docker.io");

        ImageName local = ImageName.parse("127.0.0.1:5000/library/python:3.12");
        assertThat(local.domain()).isEqualTo("127.0.0.1:5000");
        assertThat(local.registryBaseUri()).isEqualTo("http://127.0.0.1:5000");
        assertThat(ImageName.parse("localhost:5000/x").registryBaseUri()).isEqualTo("http://localhost:5000");
        assertThat(ImageName.parse("ghcr.io/owner/img").registryBaseUri()).isEqualTo("https://ghcr.io");
        assertThat(ImageName.parse("ghcr.io/owner/img").tag()).isEqualTo("latest");
        assertThat(ImageName.parse("pytorch/pytorch").path()).isEqualTo("pytorch/pytorch");

        String digest = "sha256:" + "a".repeat(64);
        ImageName pinned = ImageName.parse("debian@" + digest);
        assertThat(pinned.tag()).isNull();
        assertThat(pinned.manifestReference()).isEqualTo(digest);
        assertThat(pinned.canonical()).isEqualTo("docker.io/library/debian@" + digest);
        assertThat(pinned.toImageReference().path()).isEqualTo("library/debian");
    }

    @Test
    void invalidReferencesAreOneLineFaults() {
        // Docker's grammar and wording (build.ImageReference is the one parser of references)
        assertThatThrownBy(() -> ImageName.parse("Python:3"))
                .isInstanceOf(ProbeFault.class)
                .hasMessage(
                        "invalid image reference 'Python:3': invalid reference format: repository name (library/Python) must be lowercase");
        assertThatThrownBy(() -> ImageName.parse("python@sha256:xyz"))
                .isInstanceOf(ProbeFault.class)
                .hasMessage("invalid image reference 'python@sha256:xyz': invalid reference format");
        assertThatThrownBy(() -> ImageName.parse(" "))
                .isInstanceOf(ProbeFault.class)
                .hasMessageContaining("empty");
    }

    @Test
    void platformsMatchManifestEntries() {
        Platform amd64 = Platform.parse("linux/x86_64");
        assertThat(amd64.toString()).isEqualTo("linux/amd64");
        assertThat(amd64.accepts("linux", "amd64", null)).isTrue();
        assertThat(amd64.accepts("linux", "arm64", "v8")).isFalse();
        Platform arm64v8 = Platform.parse("linux/arm64/v8");
        assertThat(arm64v8.accepts("linux", "arm64", null)).isTrue();
        assertThat(arm64v8.accepts("linux", "arm64", "v8")).isTrue();
        assertThat(Platform.parse("linux/arm/v6").accepts("linux", "arm", "v7")).isFalse();
        assertThatThrownBy(() -> Platform.parse("linux")).hasMessageContaining("os/arch");
    }

    @Test
    void durationsReadLikeDockerFlags() {
        assertThat(DurationParser.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationParser.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationParser.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationParser.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(DurationParser.parse("PT3S")).isEqualTo(Duration.ofSeconds(3));
        assertThat(DurationParser.parse("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(DurationParser.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThatThrownBy(() -> DurationParser.parse("soon")).hasMessageContaining("invalid duration");
        assertThatThrownBy(() -> DurationParser.parse("0s")).hasMessageContaining("positive");
    }

    @Test
    void daemonAddressFollowsDockerHostThenContextThenDefault(@TempDir Path dir) throws Exception {
        DockerConfigFile empty = DockerConfigFile.at(dir);
        assertThat(DockerConnection.resolve(Map.of("DOCKER_HOST", "tcp://10.1.2.3:2375"), empty)
                        .host())
                .isEqualTo("tcp://10.1.2.3:2375");
        assertThat(DockerConnection.resolve(Map.of(), empty).host()).isEqualTo(DockerConnection.DEFAULT_HOST);

        Files.writeString(dir.resolve("config.json"), "{\"currentContext\":\"ci\"}");
        Path meta = dir.resolve("contexts/meta").resolve(DockerConnection.sha256Hex("ci"));
        Files.createDirectories(meta);
        Files.writeString(
                meta.resolve("meta.json"),
                "{\"Name\":\"ci\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///run/ci.sock\"}}}");
        DockerConnection fromContext =
                DockerConnection.resolve(Map.of("DOCKER_CONFIG", dir.toString()), DockerConfigFile.at(dir));
        assertThat(fromContext.host()).isEqualTo("unix:///run/ci.sock");
        assertThat(fromContext.source()).isEqualTo("context \"ci\"");
        // DOCKER_CONTEXT wins over currentContext, DOCKER_HOST over both
        assertThat(DockerConnection.resolve(Map.of("DOCKER_CONTEXT", "default"), DockerConfigFile.at(dir))
                        .host())
                .isEqualTo(DockerConnection.DEFAULT_HOST);
        assertThat(DockerConnection.resolve(Map.of("DOCKER_HOST", "unix:///x.sock"), DockerConfigFile.at(dir))
                        .host())
                .isEqualTo("unix:///x.sock");
        // config dir from the environment, as the docker CLI reads it
        assertThat(DockerConfigFile.locate(Map.of("DOCKER_CONFIG", dir.toString()))
                        .dir())
                .isEqualTo(dir);
    }

    @Test
    void credentialsComeFromAuthsAndNeverShowInText(@TempDir Path dir) throws Exception {
        String secret = "s3cret-pass";
        String auth = Base64.getEncoder().encodeToString(("ann:" + secret).getBytes(StandardCharsets.UTF_8));
        Files.writeString(
                dir.resolve("config.json"),
                "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"" + auth + "\"},"
                        + "\"registry.example.com:5443\":{\"auth\":\"" + auth + "\"}}}");
        DockerConfigFile config = DockerConfigFile.at(dir);
        assertThat(RegistryCredentials.lookup(config, "docker.io")).isPresent();
        assertThat(RegistryCredentials.lookup(config, "registry.example.com:5443"))
                .isPresent();
        assertThat(RegistryCredentials.lookup(config, "ghcr.io")).isEmpty();
        RegistryCredentials c = RegistryCredentials.lookup(config, "docker.io").orElseThrow();
        assertThat(c.toString()).doesNotContain(secret).doesNotContain(auth).contains("redacted");
        assertThat(c.basicHeader()).isEqualTo("Basic " + auth);
    }

    @Test
    void requestsRejectBadInput() {
        assertThatThrownBy(() -> new ProbeRequest(null, List.of(), null, false, null, 5, null, List.of()))
                .hasMessageContaining("nothing to probe");
        assertThatThrownBy(() -> new ProbeRequest("a", List.of(), null, false, null, 0, null, List.of()))
                .hasMessageContaining("--runs");
        assertThatThrownBy(() -> new ProbeRequest("a", List.of(), null, false, null, 1, null, List.of("gcc; rm -rf /")))
                .hasMessageContaining("invalid command name");
        assertThat(FitnessCheck.script(List.of("gcc", "pip3")))
                .isEqualTo("for c in gcc pip3; do command -v \"$c\" >/dev/null 2>&1 || echo \"$c\"; done");
    }

    @Test
    void coldStartStatistics() {
        ColdStart cs = new ColdStart(List.of(30.0, 10.0, 20.0, 50.0), 0);
        assertThat(cs.medianMs()).isEqualTo(25.0);
        assertThat(cs.minMs()).isEqualTo(10.0);
        assertThat(cs.maxMs()).isEqualTo(50.0);
        assertThat(new ColdStart(List.of(3.0, 1.0, 2.0), 0).medianMs()).isEqualTo(2.0);
    }
}
