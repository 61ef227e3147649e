package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imgslim analyze} against the real dockerd and registry, on one image built here from the
 * locally made Debian base: a RUN that unpacks 5 MB and a later RUN that deletes it, an
 * {@code apt-get update} left in its layer (built with the host network to reach Debian's mirror), and
 * a {@code chown -R} after a COPY. The same image is then read from the registry it is pushed to.
 */
@Tag("docker")
class AnalyzeDockerTest {

    static final String BASE = "imgslim-test/debian:bookworm";
    static final int PAYLOAD = 5_000_000;
    static final int APP_A = 1_500_000;
    static final int APP_B = 500_000;
    static final String DOCKERFILE = """
            FROM imgslim-test/debian:bookworm
            RUN head -c 5000000 /dev/urandom > /tmp/payload && tar -cf /tmp/p.tar -C /tmp payload \\
             && mkdir -p /opt/p && tar -xf /tmp/p.tar -C /opt/p && rm /tmp/payload /tmp/p.tar
            RUN rm -rf /opt/p
            RUN apt-get update
            COPY app/ /app/
            RUN chown -R 1000:1000 /app
            CMD ["sh"]
            """;

    static DockerTestEnv env;
    static String image;
    static Path dir;
    static String dockerfile;

    @BeforeAll
    static void buildAndPush(@TempDir Path tmp) throws IOException {
        env = DockerTestEnv.require();
        DockerClient client = env.client();
        ensureBase(client);
        dir = tmp;
        Files.writeString(tmp.resolve("Dockerfile"), DOCKERFILE);
        Files.createDirectories(tmp.resolve("app"));
        Files.write(tmp.resolve("app/a.bin"), random(APP_A, 1));
        Files.write(tmp.resolve("app/b.bin"), random(APP_B, 2));
        dockerfile = tmp.resolve("Dockerfile").toString();
        image = env.registryAddress() + "/imgslim-test/analyze:waste";
        client.buildImageCmd()
                .withBaseDirectory(tmp.toFile())
                .withDockerfile(tmp.resolve("Dockerfile").toFile())
                .withNetworkMode("host")
                .withPull(false)
                .withTags(Set.of(image))
                .exec(new BuildImageResultCallback())
                .awaitImageId(10, TimeUnit.MINUTES);
        TestImages.push(client, image);
    }

    /** The base comes from scripts/local-bases.sh (debootstrap), which reuses what the daemon has. */
    private static void ensureBase(DockerClient client) throws IOException {
        try {
            client.inspectImageCmd(BASE).exec();
            return;
        } catch (RuntimeException missing) {
            // made below
        }
        Path script =
                Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "scripts", "local-bases.sh");
        ProcessBuilder pb = new ProcessBuilder(script.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DOCKER_HOST", env.host());
        try {
            int code = pb.start().waitFor();
            if (code != 0) throw new IllegalStateException("scripts/local-bases.sh exited " + code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed * 31 + System.nanoTime()).nextBytes(b);
        return b;
    }

    private static AnalyzeRun engineRun;

    /** Reading the image costs a docker save of ~240 MB: the plain engine analysis is shared by the tests. */
    private static synchronized AnalyzeRun analyze() {
        if (engineRun == null) engineRun = analyze(new String[0]);
        return engineRun;
    }

    private static AnalyzeRun analyze(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--image", image, "--format", "json", dockerfile));
        args.addAll(List.of(extra));
        AnalyzeRun run = AnalyzeRun.run(env.probeEnv(), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        return run;
    }

    @Test
    void fiveMegabytesDeletedInALaterLayerAreWastedOnTheLineThatWroteThem() {
        AnalyzeRun run = analyze();
        JsonNode write = run.line(2);
        assertThat(write.path("sizeBytes").asLong()).isCloseTo(PAYLOAD, within((long) (PAYLOAD * 0.01)));
        assertThat(write.path("wastedBytes").asLong()).isCloseTo(PAYLOAD, within((long) (PAYLOAD * 0.01)));
        JsonNode delete = run.finding(4, "delete-in-later-layer");
        assertThat(delete.path("measuredBytes").asLong()).isCloseTo(PAYLOAD, within((long) (PAYLOAD * 0.01)));
        assertThat(run.line(4).path("deletedBelowBytes").asLong())
                .isEqualTo(delete.path("measuredBytes").asLong());

        JsonNode totals = run.json().path("image_totals");
        long layerBytes = totals.path("layerBytes").asLong();
        long wasted = totals.path("wastedBytes").asLong();
        // every dead copy here is a deletion or a same-size rewrite: dive's score is then exactly 1 - wasted/layer
        // bytes
        assertThat(totals.path("efficiency").asDouble()).isCloseTo(1.0 - (double) wasted / layerBytes, within(0.0001));
        assertThat(run.json().path("base").path("layers").asInt()).isEqualTo(1);
        assertThat(run.json().path("unmatchedLayers")).isEmpty();
    }

    @Test
    void aptListsAreMeasuredInTheirLayerAndAChownShowsItsDuplicatedBytes() {
        AnalyzeRun run = analyze();
        JsonNode lists = run.finding(5, "apt-lists-not-removed");
        long measured = lists.path("measuredBytes").asLong();
        // what the container itself finds under /var/lib/apt/lists (a second opinion from find, not from our tar walk)
        long seen = filesUnder("/var/lib/apt/lists");
        assertThat(measured).isEqualTo(seen).isGreaterThan(1_000_000);
        assertThat(lists.path("savingsBytes").asLong()).isPositive();

        JsonNode chown = run.finding(7, "chown-in-separate-layer");
        assertThat(chown.path("measuredBytes").asLong()).isEqualTo(APP_A + APP_B);
        assertThat(run.line(6).path("wastedBytes").asLong()).isEqualTo(APP_A + APP_B);
        assertThat(run.line(7).path("duplicatedBytes").asLong()).isEqualTo(APP_A + APP_B);
    }

    @Test
    void theEngineAndTheRegistryGiveTheSamePerLineFigures() {
        JsonNode engine = analyze().json();
        JsonNode registry = analyze(new String[] {"--registry"}).json();
        assertThat(engine.path("source").asText()).isEqualTo("engine");
        assertThat(registry.path("source").asText()).isEqualTo("registry");
        assertThat(registry.path("lines").size())
                .isEqualTo(engine.path("lines").size())
                .isGreaterThanOrEqualTo(6);
        for (int i = 0; i < engine.path("lines").size(); i++) {
            JsonNode e = engine.path("lines").get(i);
            JsonNode r = registry.path("lines").get(i);
            for (String key : List.of(
                    "line",
                    "layer",
                    "sizeBytes",
                    "wastedBytes",
                    "deletedBelowBytes",
                    "duplicatedBytes",
                    "filesAdded")) {
                assertThat(r.path(key).asLong())
                        .as("line " + e.path("line") + " " + key)
                        .isEqualTo(e.path(key).asLong());
            }
            for (int f = 0; f < e.path("findings").size(); f++) {
                assertThat(r.path("findings").get(f).path("measuredBytes"))
                        .isEqualTo(e.path("findings").get(f).path("measuredBytes"));
            }
        }
        assertThat(registry.path("image_totals").path("efficiency"))
                .isEqualTo(engine.path("image_totals").path("efficiency"));
        // only the registry knows what a pull downloads
        assertThat(registry.path("image_totals").path("compressedBytes").asLong())
                .isPositive();
        assertThat(engine.path("image_totals").has("compressedBytes")).isFalse();
    }

    @Test
    void gatesFailWithExitOneNamingTheGateAndDiveCiIsHonoured() throws IOException {
        AnalyzeRun wasted = AnalyzeRun.run(
                env.probeEnv(), "--image", image, "--max-wasted", "1MB", "--max-size", "10GB", dockerfile);
        assertThat(wasted.exitCode()).as(wasted.err()).isEqualTo(1);
        assertThat(wasted.err()).contains("exceed --max-wasted 1MB").doesNotContain("--max-size");
        assertThat(wasted.out()).contains("line 2").contains("FAIL");

        Path diveCi = dir.resolve(".dive-ci");
        Files.writeString(
                diveCi, "rules:\n  lowestEfficiency: 0.999\n  highestWastedBytes: disabled\n", StandardCharsets.UTF_8);
        AnalyzeRun dive = AnalyzeRun.run(env.probeEnv(), "--image", image, "--dive-ci", diveCi.toString(), dockerfile);
        assertThat(dive.exitCode()).as(dive.err()).isEqualTo(1);
        assertThat(dive.err()).contains("is below --min-efficiency 0.999 (.dive-ci lowestEfficiency)");

        AnalyzeRun pass = AnalyzeRun.run(
                env.probeEnv(), "--image", image, "--min-efficiency", "0.5", "--max-wasted-percent", "95", dockerfile);
        assertThat(pass.exitCode()).as(pass.err()).isZero();
    }

    @Test
    void lintWithTheImageAttachesTheSameMeasuredBytesInJsonAndSarif() throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = dev.imgslim.cli.Main.run(
                new java.io.PrintWriter(out),
                new java.io.PrintWriter(err),
                "lint",
                "--no-fail",
                "--no-shellcheck",
                "--image",
                image,
                "--registry",
                "--format",
                "json",
                dockerfile);
        assertThat(code).as(err.toString()).isZero();
        JsonNode lint = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        JsonNode analyzed = analyze().json();
        int measured = 0;
        for (JsonNode f : lint.path("findings")) {
            if (!f.has("measuredBytes")) continue;
            measured++;
            boolean same = false;
            for (JsonNode a : analyzed.path("findings")) {
                same |= a.path("line").asInt() == f.path("line").asInt()
                        && a.path("name").equals(f.path("name"))
                        && a.path("measuredBytes").asLong()
                                == f.path("measuredBytes").asLong();
            }
            assertThat(same).as(f.toString()).isTrue();
        }
        assertThat(measured).isGreaterThanOrEqualTo(4); // delete, apt lists (twice), chown

        java.io.StringWriter sarif = new java.io.StringWriter();
        code = dev.imgslim.cli.Main.run(
                new java.io.PrintWriter(sarif),
                new java.io.PrintWriter(new java.io.StringWriter()),
                "lint",
                "--no-fail",
                "--no-shellcheck",
                "--image",
                image,
                "--registry",
                "--format",
                "sarif",
                dockerfile);
        assertThat(code).isZero();
        assertThat(sarif.toString()).contains("\"measuredBytes\": " + (APP_A + APP_B));
    }

    /** Bytes of regular files under a folder, as find sees them inside a container of the image. */
    private static long filesUnder(String folder) {
        DockerClient client = env.client();
        String id = client.createContainerCmd(image)
                .withCmd("sh", "-c", "find " + folder + " -type f -printf '%s\\n' | awk '{s+=$1} END {print s+0}'")
                .exec()
                .getId();
        try {
            client.startContainerCmd(id).exec();
            client.waitContainerCmd(id).start().awaitStatusCode(2, TimeUnit.MINUTES);
            StringBuilder out = new StringBuilder();
            client.logContainerCmd(id)
                    .withStdOut(true)
                    .exec(
                            new com.github.dockerjava.api.async.ResultCallback.Adapter<
                                    com.github.dockerjava.api.model.Frame>() {
                                @Override
                                public void onNext(com.github.dockerjava.api.model.Frame f) {
                                    out.append(new String(f.getPayload(), StandardCharsets.UTF_8));
                                }
                            })
                    .awaitCompletion(1, TimeUnit.MINUTES);
            return Long.parseLong(out.toString().strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            client.removeContainerCmd(id).withForce(true).exec();
        }
    }

    static Map<String, String> envFor() {
        return env.probeEnv();
    }
}
