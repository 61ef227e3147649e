package dev.imgslim.ship;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Maven repository on loopback for image builds run with {@code --network host}: it serves this
 * machine's local repository (~/.m2/repository), which the project's own build has filled, and
 * fetches what is not there from Maven Central. A build then downloads nothing it did not need
 * before, and a cold image build costs seconds of copying instead of minutes of downloads.
 */
final class LocalMavenMirror implements AutoCloseable {

    private static final URI CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");

    private final Path root;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    final AtomicInteger local = new AtomicInteger();
    final AtomicInteger central = new AtomicInteger();

    /**
     * A fixed port when it is free: the URL is a build argument, and a build argument that changes
     * invalidates Docker's layer cache from the first RUN that sees it.
     */
    static final int PREFERRED_PORT = 47123;

    LocalMavenMirror(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        HttpServer s;
        try {
            s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PREFERRED_PORT), 0);
        } catch (IOException busy) {
            s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        server = s;
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "maven-mirror");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    static Path defaultRepository() {
        return Path.of(System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath().replaceFirst("^/+", "");
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || path.contains("..")) {
                ex.sendResponseHeaders(403, -1);
                return;
            }
            // maven-metadata.xml in a local repository is per remote (maven-metadata-central.xml):
            // always ask Central for metadata, so version resolution sees what it would see there.
            if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith("maven-metadata")) {
                local.incrementAndGet();
                send(ex, method, Files.readAllBytes(file), 200);
                return;
            }
            central.incrementAndGet();
            try {
                HttpResponse<byte[]> r = client.send(
                        HttpRequest.newBuilder(CENTRAL.resolve(path))
                                .timeout(Duration.ofMinutes(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                send(ex, method, r.body(), r.statusCode());
            } catch (IOException e) {
                ex.sendResponseHeaders(502, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(503, -1);
            }
        }
    }

    private static void send(HttpExchange ex, String method, byte[] body, int status) throws IOException {
        if (method.equals("HEAD") || status != 200) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
