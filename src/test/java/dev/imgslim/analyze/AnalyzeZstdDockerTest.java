package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import dev.imgslim.analyze.zstd.ZstdCli;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image whose layers are {@code application/vnd.oci.image.layer.v1.tar+zstd}, made here through the
 * registry's HTTP API from a gzip image the engine built and pushed (each layer gunzipped and compressed
 * again by the real {@code zstd} command, uploaded, and an OCI manifest put over them), analyzed with
 * {@code --registry}: the same per-line figures as its gzip twin.
 */
@Tag("docker")
class AnalyzeZstdDockerTest {
    static final String DOCKERFILE = """
            FROM imgslim-test/debian:bookworm
            RUN head -c 3000000 /dev/urandom > /opt/blob && seq 1 300000 > /opt/numbers.txt
            RUN rm /opt/blob
            COPY app/ /app/
            RUN chown -R 1000:1000 /app
            CMD ["sh"]
            """;
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String ZSTD_LAYER = "application/vnd.oci.image.layer.v1.tar+zstd";

    static DockerTestEnv env;
    static String repo;
    static String dockerfile;
    static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    static final ObjectMapper json = new ObjectMapper();
    static long zstdLayerBytes;

    @BeforeAll
    static void buildPushAndRecompress(@TempDir Path tmp) throws Exception {
        env = DockerTestEnv.require();
        ZstdCli.require();
        DockerClient client = env.client();
        client.inspectImageCmd(AnalyzeDockerTest.BASE).exec(); // scripts/local-bases.sh makes it
        Files.writeString(tmp.resolve("Dockerfile"), DOCKERFILE);
        Files.createDirectories(tmp.resolve("app"));
        byte[] app = new byte[800_000];
        new Random(System.nanoTime()).nextBytes(app);
        Files.write(tmp.resolve("app/a.bin"), app);
        dockerfile = tmp.resolve("Dockerfile").toString();
        repo = "imgslim-test/analyze-zstd";
        String gzipImage = env.registryAddress() + "/" + repo + ":gzip";
        client.buildImageCmd()
                .withBaseDirectory(tmp.toFile())
                .withDockerfile(tmp.resolve("Dockerfile").toFile())
                .withPull(false)
                .withTags(Set.of(gzipImage))
                .exec(new BuildImageResultCallback())
                .awaitImageId(10, TimeUnit.MINUTES);
        TestImages.push(client, gzipImage);

        JsonNode manifest = json.readTree(
                get("/manifests/gzip", "application/vnd.docker.distribution.manifest.v2+json, " + OCI_MANIFEST));
        ObjectNode oci = json.createObjectNode();
        oci.put("schemaVersion", 2);
        oci.put("mediaType", OCI_MANIFEST);
        ObjectNode config = oci.putObject("config");
        config.put("mediaType", "application/vnd.oci.image.config.v1+json");
        config.put("digest", manifest.path("config").path("digest").asText());
        config.put("size", manifest.path("config").path("size").asLong());
        ArrayNode layers = oci.putArray("layers");
        for (JsonNode layer : manifest.path("layers")) {
            byte[] tar;
            try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(
                    get("/blobs/" + layer.path("digest").asText(), "*/*")))) {
                tar = gz.readAllBytes();
            }
            byte[] zstd = zstd(tar, tmp);
            String digest = "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(zstd));
            upload(zstd, digest);
            ObjectNode l = layers.addObject();
            l.put("mediaType", ZSTD_LAYER);
            l.put("digest", digest);
            l.put("size", zstd.length);
            zstdLayerBytes += zstd.length;
            System.out.printf(
                    "layer %s: %d bytes tar, gzip %d, zstd %d%n",
                    layer.path("digest").asText().substring(0, 19),
                    tar.length,
                    layer.path("size").asLong(),
                    zstd.length);
        }
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(registry("/manifests/zstd"))
                        .header("Content-Type", OCI_MANIFEST)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(oci)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    }

    @Test
    void theZstdImageGivesTheSamePerLineFiguresAsItsGzipTwin() throws IOException {
        AnalyzeRun gzip = analyze("gzip");
        AnalyzeRun zstd = analyze("zstd");
        JsonNode g = gzip.json();
        JsonNode z = zstd.json();
        assertThat(z.path("source").asText()).isEqualTo("registry");
        assertThat(z.path("lines").size()).isEqualTo(g.path("lines").size()).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < g.path("lines").size(); i++) {
            JsonNode gl = g.path("lines").get(i);
            JsonNode zl = z.path("lines").get(i);
            for (String key :
                    List.of("line", "sizeBytes", "wastedBytes", "deletedBelowBytes", "duplicatedBytes", "filesAdded")) {
                assertThat(zl.path(key).asLong())
                        .as("line " + gl.path("line") + " " + key)
                        .isEqualTo(gl.path(key).asLong());
            }
            assertThat(zl.path("findings").size()).isEqualTo(gl.path("findings").size());
            for (int f = 0; f < gl.path("findings").size(); f++) {
                assertThat(zl.path("findings").get(f).path("measuredBytes"))
                        .isEqualTo(gl.path("findings").get(f).path("measuredBytes"));
            }
        }
        assertThat(zstd.line(2).path("wastedBytes").asLong()).isEqualTo(3_000_000);
        assertThat(zstd.line(3).path("deletedBelowBytes").asLong()).isEqualTo(3_000_000);
        assertThat(zstd.finding(5, "chown-in-separate-layer")
                        .path("measuredBytes")
                        .asLong())
                .isEqualTo(800_000);
        for (String key : List.of("layerBytes", "wastedBytes", "efficiency")) {
            assertThat(z.path("image_totals").path(key))
                    .as(key)
                    .isEqualTo(g.path("image_totals").path(key));
        }
        // what a pull downloads is the zstd blobs' size, as the OCI manifest gives it
        assertThat(z.path("image_totals").path("compressedBytes").asLong()).isEqualTo(zstdLayerBytes);
        assertThat(g.path("image_totals").path("compressedBytes").asLong()).isNotEqualTo(zstdLayerBytes);
        System.out.println("gzip twin: " + g.path("image_totals") + "\nzstd: " + z.path("image_totals"));
    }

    private static AnalyzeRun analyze(String tag) {
        AnalyzeRun run = AnalyzeRun.run(
                env.probeEnv(),
                "--image",
                env.registryAddress() + "/" + repo + ":" + tag,
                "--registry",
                "--format",
                "json",
                dockerfile);
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        return run;
    }

    private static URI registry(String path) {
        return URI.create("http://" + env.registryAddress() + "/v2/" + repo + path);
    }

    private static byte[] get(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(registry(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
        return r.body();
    }

    /** A monolithic upload: POST for a session, PUT the bytes with their digest (distribution spec). */
    private static void upload(byte[] blob, String digest) throws IOException, InterruptedException {
        HttpResponse<String> start = http.send(
                HttpRequest.newBuilder(registry("/blobs/uploads/"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).as(start.body()).isEqualTo(202);
        String location = start.headers().firstValue("Location").orElseThrow();
        URI uri = URI.create("http://" + env.registryAddress()).resolve(location);
        String sep = uri.getRawQuery() == null ? "?" : "&";
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(URI.create(uri + sep + "digest=" + digest))
                        .header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(blob))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    }

    private static byte[] zstd(byte[] tar, Path tmp) throws IOException, InterruptedException {
        // from a pipe, as a layer compressed while it is written: the frame does not know its size
        return ZstdCli.compress(tar, tmp, true, "-3");
    }
}
