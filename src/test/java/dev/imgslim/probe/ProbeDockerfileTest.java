package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgslim.cli.Main;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile-driven probe end to end: the shipped stage's base in the loopback registry, its
 * slimmer variant found through the catalog (the registry configured as a Docker Hub mirror), sizes
 * checked against the registry's own manifests.
 */
@Tag("docker")
class ProbeDockerfileTest {
    static DockerTestEnv env;
    static TestImages images;

    @TempDir
    Path dir;

    @BeforeAll
    static void up() {
        env = DockerTestEnv.require();
        images = TestImages.ensure(env);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void probesTheShippedBaseAndTheCatalogsSlimmerVariant() throws Exception {
        Path df = dir.resolve("Dockerfile");
        Files.writeString(
                df,
                "FROM " + images.fat() + " AS build\nRUN echo build\n" + "FROM " + images.fat()
                        + "\nRUN sh -c 'ls /'\n");
        Path cfg = dir.resolve(".imgslim.yaml");
        Files.writeString(cfg, "mirrors: [\"" + env.registryAddress() + "\"]\n");
        String[] r = run(
                "probe", "--config", cfg.toString(), "--format", "json", "--platform", env.platform(), df.toString());
        // The catalog's ladder also names 3.12-alpine, which this mirror lacks: reported, the rest still measured.
        assertThat(r[0]).as("exit code; stderr=%s", r[2]).isEqualTo("3");
        assertThat(r[2]).contains("3.12-alpine").contains("not found");
        JsonNode report = new ObjectMapper().readTree(r[1]);
        RegistryManifests.Raw fat = RegistryManifests.get(env.registryAddress(), "library/python", "3.12");
        RegistryManifests.Raw slim = RegistryManifests.get(env.registryAddress(), "library/python", "3.12-slim");
        assertThat(report.at("/base/compressedBytes").asLong()).isEqualTo(fat.layerSum());
        JsonNode candidate = null;
        for (JsonNode c : report.at("/candidates")) if (c.at("/image").asText().endsWith(":3.12-slim")) candidate = c;
        assertThat(candidate)
                .as("the catalog's slimmer variant is a candidate: %s", r[1])
                .isNotNull();
        assertThat(candidate.at("/compressedBytes").asLong()).isEqualTo(slim.layerSum());
        assertThat(candidate.at("/layers").asInt()).isEqualTo(slim.layerCount());
    }

    @Test
    void lintProbePrintsFindingsAndSaysWhenTheProbeCouldNotMeasure() throws Exception {
        Path df = dir.resolve("Dockerfile");
        Files.writeString(
                df,
                "FROM " + env.registryAddress() + "/library/python:no-such-tag\n"
                        + "RUN apt-get update && apt-get install -y --no-install-recommends curl\n");
        String[] r = run("lint", "--probe", "--format", "plain", df.toString());
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).contains("apt-lists-not-removed");
        assertThat(r[2]).contains("no-such-tag").doesNotContain("Exception");
    }
}
