package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fault against real components: the failing candidate gets a one-line message on stderr,
 * the others are still measured, the exit code is 3, and no stack trace is printed.
 */
@Tag("docker")
class ProbeFaultTest {

    static DockerTestEnv env;
    static TestImages images;
    final List<HttpServer> servers = new ArrayList<>();
    final List<AutoCloseable> closeables = new ArrayList<>();
    Process secondRegistry;

    @BeforeAll
    static void up() {
        env = DockerTestEnv.require();
        images = TestImages.ensure(env);
    }

    @AfterEach
    void down() throws Exception {
        servers.forEach(s -> s.stop(0));
        for (AutoCloseable c : closeables) c.close();
        if (secondRegistry != null && secondRegistry.isAlive()) {
            secondRegistry.destroy();
            secondRegistry.waitFor();
        }
    }

    @Test
    void stoppedRegistry(@TempDir Path dir) throws Exception {
        // our own second registry on a free port, started and then killed: the shared one stays up
        int port;
        try (java.net.ServerSocket probePort =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probePort.getLocalPort();
        }
        Path config = dir.resolve("registry.yml");
        Files.writeString(config, """
                version: 0.1
                log: { level: error }
                storage: { filesystem: { rootdirectory: %s } }
                http: { addr: 127.0.0.1:%d }
                """.formatted(dir.resolve("data"), port));
        secondRegistry = new ProcessBuilder("docker-registry", "serve", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("registry.log").toFile())
                .start();
        awaitHttp("http://127.0.0.1:" + port + "/v2/");
        secondRegistry.destroy();
        secondRegistry.waitFor();

        String dead = "127.0.0.1:" + port + "/library/python:3.12";
        ProbeRun run = probe("--base", images.fat(), "--candidate", dead, "--candidate", images.slim());
        assertOneFault(
                run,
                dead,
                "cannot reach registry 127.0.0.1:" + port + " at http://127.0.0.1:" + port + " (connection refused)");
        assertMeasured(run, images.fat(), images.slim());
    }

    @Test
    void deadDockerSocket(@TempDir Path dir) throws Exception {
        Map<String, String> envWithDeadSocket = new HashMap<>(env.probeEnv());
        String host = "unix://" + dir.resolve("nobody-here.sock");
        envWithDeadSocket.put("DOCKER_HOST", host);
        ProbeRun run = ProbeRun.run(
                envWithDeadSocket,
                "--base",
                images.fat(),
                "--candidate",
                images.slim(),
                "--pull",
                "--format",
                "json",
                "--timeout",
                "5s");
        assertThat(run.exitCode()).isEqualTo(3);
        assertNoStackTrace(run);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(line)
                    .matches("imgslim probe: .+: cannot reach the Docker daemon at " + host.replace(".", "\\.")
                            + " \\(DOCKER_HOST\\): .+");
        }
        // registry sizes need no daemon and are still there
        assertThat(run.image(images.slim()).path("compressedBytes").asLong()).isPositive();
        assertThat(run.image(images.fat()).path("compressedBytes").asLong()).isPositive();
        assertThat(run.image(images.slim()).path("onDiskBytes").isNull()).isTrue();
    }

    @Test
    void missingTag() throws Exception {
        String missing = env.registryAddress() + "/library/python:9.99-nope";
        ProbeRun run = probe("--base", images.fat(), "--candidate", missing, "--candidate", images.slim());
        assertOneFault(run, missing, "tag '9.99-nope' not found in " + env.registryAddress() + "/library/python");
        assertMeasured(run, images.fat(), images.slim());
    }

    @Test
    void slowRegistry() throws Exception {
        HttpServer slow = server();
        slow.createContext("/", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "{}");
        });
        String port = String.valueOf(slow.getAddress().getPort());
        String image = "127.0.0.1:" + port + "/library/python:3.12";
        long t0 = System.nanoTime();
        ProbeRun run =
                probe("--timeout", "700ms", "--base", images.fat(), "--candidate", image, "--candidate", images.slim());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertOneFault(run, image, "registry 127.0.0.1:" + port + " did not answer within 700ms (--timeout)");
        assertMeasured(run, images.fat(), images.slim());
        assertThat(ms).as("the timeout bounds the wait").isLessThan(4_500);
    }

    @Test
    void authRefusedByTheTokenService(@TempDir Path dockerConfig) throws Exception {
        List<String> tokenAuthHeaders = new CopyOnWriteArrayList<>();
        HttpServer gate = server();
        String port = String.valueOf(gate.getAddress().getPort());
        gate.createContext("/v2/", exchange -> {
            exchange.getResponseHeaders()
                    .add(
                            "WWW-Authenticate",
                            "Bearer realm=\"http://127.0.0.1:" + port
                                    + "/token\",service=\"imgslim-test\",scope=\"repository:private/app:pull\"");
            respond(exchange, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}");
        });
        gate.createContext("/token", exchange -> {
            tokenAuthHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            respond(exchange, 403, "{\"details\":\"access denied\"}");
        });
        String image = "127.0.0.1:" + port + "/private/app:1";

        // with credentials in config.json: they are sent to the token service, and never printed
        String secret = "hunter2-not-printed";
        String auth = Base64.getEncoder().encodeToString(("ann:" + secret).getBytes(StandardCharsets.UTF_8));
        Files.writeString(
                dockerConfig.resolve("config.json"),
                "{\"auths\":{\"127.0.0.1:" + port + "\":{\"auth\":\"" + auth + "\"}}}");
        Map<String, String> withConfig = new HashMap<>(env.probeEnv());
        withConfig.put("DOCKER_CONFIG", dockerConfig.toString());
        ProbeRun run = ProbeRun.run(
                withConfig,
                "--base",
                images.fat(),
                "--candidate",
                image,
                "--candidate",
                images.slim(),
                "--format",
                "json");
        assertOneFault(
                run,
                image,
                "token service 127.0.0.1:" + port + " refused a token for private/app (HTTP 403);"
                        + " the credentials in config.json were not accepted");
        assertMeasured(run, images.fat(), images.slim());
        assertThat(tokenAuthHeaders).containsExactly("Basic " + auth);
        assertThat(run.out() + run.err()).doesNotContain(secret).doesNotContain(auth);

        // anonymous: the message says there were no credentials
        ProbeRun anon = probe("--candidate", image);
        assertOneFault(
                anon,
                image,
                "token service 127.0.0.1:" + port + " refused a token for private/app (HTTP 403);"
                        + " no credentials for 127.0.0.1:" + port + " in config.json");
    }

    @Test
    void tokenFlowInFrontOfTheRealRegistry() throws Exception {
        // a token gate that forwards to the real registry once the probe shows the token it was given
        HttpClient http = HttpClient.newHttpClient();
        HttpServer gate = server();
        String port = String.valueOf(gate.getAddress().getPort());
        gate.createContext("/token", exchange -> respond(exchange, 200, "{\"token\":\"tok-123\"}"));
        gate.createContext("/v2/", exchange -> {
            if (!"Bearer tok-123".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders()
                        .add(
                                "WWW-Authenticate",
                                "Bearer realm=\"http://127.0.0.1:" + port + "/token\",service=\"gate\"");
                respond(exchange, 401, "{}");
                return;
            }
            try {
                HttpResponse<byte[]> real = http.send(
                        HttpRequest.newBuilder(URI.create("http://" + env.registryAddress() + exchange.getRequestURI()))
                                .header("Accept", exchange.getRequestHeaders().getFirst("Accept"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                real.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders()
                        .add("Content-Type", v));
                real.headers().firstValue("Docker-Content-Digest").ifPresent(v -> exchange.getResponseHeaders()
                        .add("Docker-Content-Digest", v));
                exchange.sendResponseHeaders(real.statusCode(), real.body().length);
                exchange.getResponseBody().write(real.body());
                exchange.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ImageName slim = ImageName.parse(images.slim());
        String gated = "127.0.0.1:" + port + "/" + slim.path() + ":" + slim.tag();
        ProbeRun run = probe("--candidate", gated);
        assertThat(run.exitCode()).as(run.err()).isZero();
        RegistryManifests.Raw raw = RegistryManifests.get(env.registryAddress(), slim.path(), slim.tag());
        assertThat(run.image(gated).path("compressedBytes").asLong()).isEqualTo(raw.layerSum());
    }

    @Test
    void interruptedPull() throws Exception {
        // a fresh image in the real registry, absent from the daemon, served through a gate that
        // cuts every layer download off halfway: the daemon's pull cannot complete
        String repo = "imgslim-test/interrupted";
        String real = env.registryAddress() + "/" + repo + ":1";
        TestImages.buildFromRootfs(env.client(), real, 2_000_000, 11);
        TestImages.push(env.client(), real);
        env.client().removeImageCmd(real).withForce(true).exec();

        HttpClient http = HttpClient.newHttpClient();
        HttpServer gate = server();
        gate.createContext("/v2/", exchange -> {
            try {
                HttpRequest.Builder forward = HttpRequest.newBuilder(
                        URI.create("http://" + env.registryAddress() + exchange.getRequestURI()));
                String accept = exchange.getRequestHeaders().getFirst("Accept");
                if (accept != null) forward.header("Accept", accept);
                forward.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody());
                HttpResponse<byte[]> r = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                for (String h : List.of("Content-Type", "Docker-Content-Digest", "Docker-Distribution-Api-Version")) {
                    r.headers().firstValue(h).ifPresent(v -> exchange.getResponseHeaders()
                            .add(h, v));
                }
                boolean layer = exchange.getRequestURI().getPath().contains("/blobs/") && r.body().length > 100_000;
                if (exchange.getRequestMethod().equals("HEAD")) {
                    exchange.getResponseHeaders().add("Content-Length", String.valueOf(r.body().length));
                    exchange.sendResponseHeaders(r.statusCode(), -1);
                } else if (layer) {
                    exchange.sendResponseHeaders(r.statusCode(), r.body().length);
                    exchange.getResponseBody().write(r.body(), 0, r.body().length / 2);
                    exchange.getResponseBody().flush();
                    // throwing out of the handler makes HttpServer drop the connection mid-body
                    throw new IOException("cut off mid-layer on purpose");
                } else {
                    exchange.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
                    if (r.body().length > 0) exchange.getResponseBody().write(r.body());
                }
                exchange.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // dockerd tries https first and falls back to http only when the server answers in plain
        // http; java's HttpServer just closes on a TLS hello, so a small front door answers it
        int front = plainHttpFrontDoor(gate.getAddress().getPort());
        String gated = "127.0.0.1:" + front + "/" + repo + ":1";
        ProbeRun run = probe("--pull", "--timeout", "400ms", "--candidate", gated, "--candidate", images.slim());
        assertOneFault(run, gated, "pull of " + gated + " did not finish within 4s (10 x --timeout)", false);
        assertMeasured(run, images.slim());
        assertThat(run.image(images.slim()).path("onDiskBytes").asLong()).isPositive();
        assertThat(run.image(gated).path("compressedBytes").asLong())
                .as("registry size still measured")
                .isPositive();
    }

    // --- helpers

    /**
     * A loopback port that answers a TLS ClientHello with a plain-http 400 (dockerd then retries
     * over http, as it does for a real plain-http registry) and pipes everything else to {@code target}.
     */
    private int plainHttpFrontDoor(int target) throws IOException {
        java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            java.net.Socket client = server.accept();
                            java.io.PushbackInputStream in =
                                    new java.io.PushbackInputStream(client.getInputStream(), 1);
                            int first = in.read();
                            if (first == 0x16) { // TLS handshake record
                                client.getOutputStream()
                                        .write("HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                                .getBytes(StandardCharsets.US_ASCII));
                                client.close();
                                continue;
                            }
                            if (first >= 0) in.unread(first);
                            java.net.Socket upstream =
                                    new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), target);
                            pipe(in, upstream.getOutputStream(), upstream, client);
                            pipe(upstream.getInputStream(), client.getOutputStream(), client, upstream);
                        } catch (IOException closed) {
                            // server socket closed at the end of the test, or a client went away
                        }
                    }
                },
                "front-door");
        acceptor.setDaemon(true);
        acceptor.start();
        closeables.add(server);
        return server.getLocalPort();
    }

    private static void pipe(java.io.InputStream from, java.io.OutputStream to, java.net.Socket a, java.net.Socket b) {
        Thread t = new Thread(
                () -> {
                    try (a;
                            b) {
                        from.transferTo(to);
                    } catch (IOException ignored) {
                        // either side closed
                    }
                },
                "front-door-pipe");
        t.setDaemon(true);
        t.start();
    }

    private ProbeRun probe(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--platform", env.platform()));
        if (all.stream().noneMatch(a -> a.equals("--timeout"))) all.addAll(List.of("--timeout", "5s"));
        return ProbeRun.run(env.probeEnv(), all.toArray(String[]::new));
    }

    private static void assertOneFault(ProbeRun run, String image, String message) {
        assertOneFault(run, image, message, true);
    }

    private static void assertOneFault(ProbeRun run, String image, String message, boolean registryFailed) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        assertNoStackTrace(run);
        assertThat(run.err().lines().toList()).containsExactly("imgslim probe: " + image + ": " + message);
        JsonNode m = run.image(image);
        assertThat(m.path("errors")).extracting(JsonNode::asText).containsExactly(message);
        if (registryFailed) assertThat(m.path("compressedBytes").isNull()).isTrue();
        assertThat(run.json().path("exitCode").asInt()).isEqualTo(3);
    }

    private static void assertMeasured(ProbeRun run, String... refs) {
        for (String ref : refs) {
            JsonNode m = run.image(ref);
            assertThat(m.path("errors")).as(ref).isEmpty();
            assertThat(m.path("compressedBytes").asLong()).as(ref).isPositive();
            assertThat(m.path("digest").asText()).as(ref).startsWith("sha256:");
        }
    }

    private static void assertNoStackTrace(ProbeRun run) {
        assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private HttpServer server() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true); // idle pool threads must not keep the test JVM alive
            return t;
        });
        s.setExecutor(pool);
        closeables.add(pool::shutdownNow);
        s.start();
        servers.add(s);
        return s;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, b.length);
        exchange.getResponseBody().write(b);
        exchange.close();
    }

    private static void awaitHttp(String url) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("second registry did not come up at " + url);
    }
}
