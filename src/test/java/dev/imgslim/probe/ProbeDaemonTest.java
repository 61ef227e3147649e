package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.Container;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The whole probe through the real daemon and registry: pull, on-disk size, cold start, fitness, output. */
@Tag("docker")
class ProbeDaemonTest {

    static DockerTestEnv env;
    static TestImages images;

    @BeforeAll
    static void up() {
        env = DockerTestEnv.require();
        images = TestImages.ensure(env);
    }

    @Test
    void pullColdStartAndFitnessAgainstTheRealDaemon() throws Exception {
        // a fresh image the daemon does not have, so --pull really downloads it
        String fresh = env.registryAddress() + "/imgslim-test/pulled:1";
        TestImages.buildFromRootfs(env.client(), fresh, 3_000_000, 7);
        TestImages.push(env.client(), fresh);
        env.client().removeImageCmd(fresh).withForce(true).exec();

        ProbeRun run = ProbeRun.run(
                env.probeEnv(),
                "--base",
                images.fat(),
                "--candidate",
                images.slim(),
                "--candidate",
                fresh,
                "--pull",
                "--cold-start",
                "true",
                "--runs",
                "3",
                "--needs",
                "sh,gcc,apt-get",
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.err()).isEmpty();

        for (String ref : List.of(images.fat(), images.slim(), fresh)) {
            JsonNode m = run.image(ref);
            ImageName name = ImageName.parse(ref);
            RegistryManifests.Raw raw = RegistryManifests.get(env.registryAddress(), name.path(), name.tag());
            InspectImageResponse inspect = env.client().inspectImageCmd(ref).exec();

            assertThat(m.path("compressedBytes").asLong()).as(ref).isEqualTo(raw.layerSum());
            assertThat(m.path("layers").asInt()).as(ref).isEqualTo(raw.layerCount());
            assertThat(m.path("digest").asText()).as(ref).isEqualTo(raw.digest());
            assertThat(m.path("onDiskBytes").asLong()).as(ref).isEqualTo(inspect.getSize());
            assertThat(m.path("diskLayers").asInt())
                    .as(ref)
                    .isEqualTo(inspect.getRootFS().getLayers().size());
            assertThat(m.path("pullSeconds").asDouble()).as(ref).isPositive();
            assertThat(m.path("platform").asText())
                    .isEqualTo(run.json().path("platform").asText());

            JsonNode cs = m.path("coldStart");
            assertThat(cs.path("runsMs")).as(ref).hasSize(3);
            assertThat(cs.path("minMs").asDouble())
                    .isPositive()
                    .isLessThanOrEqualTo(cs.path("medianMs").asDouble());
            assertThat(cs.path("medianMs").asDouble())
                    .isLessThanOrEqualTo(cs.path("maxMs").asDouble());
            assertThat(cs.path("exitCode").asInt()).isZero();

            // busybox images have sh, no compiler, no apt
            assertThat(m.path("lacks")).as(ref).extracting(JsonNode::asText).containsExactly("gcc", "apt-get");
            assertThat(m.path("fit").asBoolean(true)).isFalse();
            assertThat(m.path("errors")).isEmpty();
        }
        assertThat(env.client().inspectImageCmd(fresh).exec().getId()).isNotBlank(); // really pulled
        // the images the test built were local already: their pull times are flagged, the fresh one's is not
        assertThat(run.json().path("notes"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        images.fat() + " was already on the daemon: its pull time is a registry check, not a download",
                        images.slim()
                                + " was already on the daemon: its pull time is a registry check, not a download");
        assertThat(run.image(fresh).path("diskLayers").asInt()).isEqualTo(1);
        assertThat(run.image(images.fat()).path("diskLayers").asInt()).isEqualTo(2);

        // verdict: the slim variant saves the padding difference, against the base
        JsonNode slim = run.image(images.slim());
        long saved = run.image(images.fat()).path("compressedBytes").asLong()
                - slim.path("compressedBytes").asLong();
        assertThat(slim.path("verdict").path("compressedBytesSaved").asLong()).isEqualTo(saved);
        assertThat(saved).isGreaterThan(TestImages.FAT_EXTRA_PADDING);
        assertThat(slim.path("verdict").path("onDiskBytesSaved").asLong()).isPositive();
        assertThat(slim.path("verdict").path("compressedPercentSaved").asDouble())
                .isBetween(60.0, 80.0);
        // it lacks gcc and apt-get, but so does the base: still a fit replacement
        assertThat(slim.path("verdict").path("fit").asBoolean()).isTrue();
        assertThat(run.json().path("best").asText()).isEqualTo(fresh); // the smallest fit candidate

        assertNoProbeContainersLeft();
    }

    @Test
    void jsonShapeIsStable() throws Exception {
        ProbeRun run =
                ProbeRun.run(env.probeEnv(), "--base", images.fat(), "--candidate", images.slim(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = run.json();
        assertThat(root.fieldNames())
                .toIterable()
                .containsExactly("platform", "base", "candidates", "best", "notes", "errors", "exitCode");
        JsonNode c = root.path("candidates").get(0);
        assertThat(c.fieldNames())
                .toIterable()
                .containsExactly(
                        "image",
                        "repository",
                        "tag",
                        "digest",
                        "platform",
                        "compressedBytes",
                        "layers",
                        "onDiskBytes",
                        "diskLayers",
                        "pullSeconds",
                        "coldStart",
                        "lacks",
                        "fit",
                        "errors",
                        "verdict");
        assertThat(c.path("repository").asText()).isEqualTo(env.registryAddress() + "/library/python");
        assertThat(c.path("tag").asText()).isEqualTo("3.12-slim");
        assertThat(c.path("onDiskBytes").isNull()).isTrue(); // not pulled: null, not 0
        assertThat(c.path("coldStart").isNull()).isTrue();
        assertThat(c.path("lacks").isNull()).isTrue();
        assertThat(c.path("verdict").fieldNames())
                .toIterable()
                .containsExactly(
                        "compressedBytesSaved",
                        "compressedPercentSaved",
                        "onDiskBytesSaved",
                        "onDiskPercentSaved",
                        "fit");
        assertThat(root.path("best").asText()).isEqualTo(images.slim());
        assertThat(root.path("exitCode").asInt()).isZero();
        // the platform defaults to the daemon's own
        String daemonArch =
                Platform.normaliseArch(env.client().versionCmd().exec().getArch());
        assertThat(root.path("platform").asText()).isEqualTo("linux/" + daemonArch);
    }

    @Test
    void tableNamesEveryImageAndTheVerdict() {
        ProbeRun run = ProbeRun.run(
                env.probeEnv(),
                "--base",
                images.fat(),
                "--candidate",
                images.slim(),
                "--cold-start",
                "echo hi",
                "--runs",
                "2",
                "--needs",
                "sh,gcc");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\\R");
        assertThat(lines[0])
                .startsWith("IMAGE")
                .contains("COMPRESSED", "ON DISK", "LAYERS", "COLD START", "LACKS", "VS BASE");
        assertThat(lines[1])
                .startsWith(env.registryAddress() + "/library/python")
                .contains("3.12 ", "(base)", "gcc");
        assertThat(lines[2]).contains("3.12-slim", " MB", "gcc").containsPattern("-\\d+\\.\\d MB \\(-\\d+\\.\\d%\\)");
        assertThat(run.out()).contains("verdict: " + images.slim() + " saves ");
    }

    @Test
    void anImageWithoutTheCommandIsMarkedNotHidden() throws Exception {
        ProbeRun run = ProbeRun.run(
                env.probeEnv(), "--candidate", images.slim(), "--needs", "sh,bash,pip", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode m = run.image(images.slim());
        assertThat(m.path("lacks")).extracting(JsonNode::asText).containsExactly("bash", "pip");
        assertThat(m.path("compressedBytes").asLong()).isPositive();
        assertThat(run.json().path("best").isNull()).isTrue(); // no base, no verdict
    }

    @Test
    void aFailingColdStartCommandIsReported() {
        ProbeRun run = ProbeRun.run(
                env.probeEnv(),
                "--candidate",
                images.slim(),
                "--cold-start",
                "python3 -c pass",
                "--runs",
                "1",
                "--format",
                "json");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().trim())
                .isEqualTo("imgslim probe: " + images.slim()
                        + ": cold-start command exited with status 127 in this image");
        assertThat(run.image(images.slim()).path("coldStart").path("runsMs")).hasSize(1);
        assertNoProbeContainersLeft();
    }

    @Test
    void anImageWithoutAShellLacksEverything() throws Exception {
        // FROM scratch with one file: no sh, so neither fitness nor a cold start can run in it
        String bare = env.registryAddress() + "/imgslim-test/bare:1";
        TestImages.buildFromScratch(env.client(), bare, 10_000, 3);
        TestImages.push(env.client(), bare);
        ProbeRun run = ProbeRun.run(env.probeEnv(), "--candidate", bare, "--needs", "gcc", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.image(bare).path("lacks")).extracting(JsonNode::asText).containsExactly("sh", "gcc");

        ProbeRun cold = ProbeRun.run(env.probeEnv(), "--candidate", bare, "--cold-start", "true", "--format", "json");
        assertThat(cold.exitCode()).isEqualTo(3);
        assertThat(cold.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("imgslim probe: " + bare + ": cannot start a container from " + bare + ": ")
                .contains("executable file not found");
        assertNoProbeContainersLeft();
    }

    static void assertNoProbeContainersLeft() {
        List<Container> left = env.client()
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of("dev.imgslim.probe", "1"))
                .exec();
        assertThat(left).as("containers the probe created are removed").isEmpty();
    }
}
