package dev.imgslim.testenv;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A second, private dockerd that only speaks TLS with client certificates ({@code --tlsverify}) on a
 * loopback TCP port, for the tests of imgslim's TLS path. Its CA, server and client certificates are
 * made here with openssl (the client key in the PKCS#1 form older OpenSSL and docker-machine write).
 * It has its own data, exec root and containerd, so the shared test daemon is never touched; it is
 * stopped when the JVM exits. Needs root, dockerd and openssl: skipped otherwise, failed in CI.
 */
public final class TlsDockerd {

    private static TlsDockerd instance;

    private final Path dir;
    private final int port;
    private final Process process;

    private TlsDockerd(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    public String host() {
        return "tcp://127.0.0.1:" + port;
    }

    /** ca.pem, cert.pem and key.pem of a client the daemon accepts (DOCKER_CERT_PATH). */
    public Path clientCerts() {
        return dir.resolve("client");
    }

    /** The same files for a client whose certificate another CA signed: the daemon refuses it. */
    public Path strangerCerts() {
        return dir.resolve("stranger");
    }

    public static synchronized TlsDockerd require() {
        if (instance != null) return instance;
        String missing = null;
        if (!"0".equals(run(null, "id", "-u").strip())) missing = "a dockerd of our own needs root";
        else if (!onPath("dockerd")) missing = "dockerd is not installed (Debian: docker.io)";
        else if (!onPath("openssl")) missing = "openssl is not installed";
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI")))
                Assertions.fail("TLS tests must run in CI, but " + missing);
            System.err.println("[docker TLS tests skipped] " + missing);
            Assumptions.abort(missing);
        }
        try {
            // short: dockerd and containerd put unix sockets under the exec root (108-byte limit)
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "imgslim-tls");
            makeCertificates(dir);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            List<String> cmd = List.of(
                    "dockerd",
                    "--tlsverify",
                    "--tlscacert",
                    dir.resolve("ca.pem").toString(),
                    "--tlscert",
                    dir.resolve("server-cert.pem").toString(),
                    "--tlskey",
                    dir.resolve("server-key.pem").toString(),
                    "--host",
                    "tcp://127.0.0.1:" + port,
                    "--data-root",
                    dir.resolve("data").toString(),
                    "--exec-root",
                    dir.resolve("x").toString(),
                    "--pidfile",
                    dir.resolve("dockerd.pid").toString(),
                    "--storage-driver=vfs",
                    "--iptables=false",
                    "--ip6tables=false",
                    "--bridge=none");
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("dockerd.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            TlsDockerd d = new TlsDockerd(dir, port, p);
            Runtime.getRuntime().addShutdownHook(new Thread(d::stop, "tls-dockerd-stop"));
            d.awaitReady();
            instance = d;
            return d;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the TLS dockerd", e);
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Path c = clientCerts();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) break;
            ProcessBuilder pb = new ProcessBuilder(
                            docker(),
                            "--tlsverify",
                            "--tlscacert",
                            c.resolve("ca.pem").toString(),
                            "--tlscert",
                            c.resolve("cert.pem").toString(),
                            "--tlskey",
                            c.resolve("key.pem").toString(),
                            "-H",
                            host(),
                            "version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().remove("DOCKER_HOST");
            try {
                Process v = pb.start();
                if (v.waitFor(20, TimeUnit.SECONDS) && v.exitValue() == 0) return;
                v.destroyForcibly();
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String log = Files.exists(dir.resolve("dockerd.log")) ? Files.readString(dir.resolve("dockerd.log")) : "";
        stop();
        Assertions.fail("the TLS dockerd did not come up:\n"
                + (log.length() > 4000 ? log.substring(log.length() - 4000) : log));
    }

    private void stop() {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: dockerd stops its containerd and cleans its exec root
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS))
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a leftover temp folder is harmless
        }
    }

    private static void makeCertificates(Path dir) throws IOException {
        String d = dir.toString();
        Files.writeString(
                dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
        sh(
                d,
                "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 2 -subj /CN=imgslim-test-ca");
        sh(
                d,
                "openssl req -newkey rsa:2048 -nodes -keyout server-key.pem -out server.csr -subj /CN=127.0.0.1"
                        + " && openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out server-cert.pem -days 2 -extfile server.ext");
        // the client key as PKCS#1 ("BEGIN RSA PRIVATE KEY"), the form the JDK cannot read by itself
        sh(
                d,
                "mkdir -p client && openssl genrsa -traditional -out client/key.pem 2048 2>/dev/null"
                        + " && openssl req -new -key client/key.pem -out client.csr -subj /CN=imgslim-client"
                        + " && openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out client/cert.pem -days 2 -extfile client.ext"
                        + " && cp ca.pem client/ca.pem");
        // a client signed by a CA the daemon does not trust
        sh(
                d,
                "mkdir -p stranger && openssl req -x509 -newkey rsa:2048 -nodes -keyout stranger-ca-key.pem -out stranger-ca.pem -days 2 -subj /CN=other-ca"
                        + " && openssl req -newkey rsa:2048 -nodes -keyout stranger/key.pem -out stranger.csr -subj /CN=stranger"
                        + " && openssl x509 -req -in stranger.csr -CA stranger-ca.pem -CAkey stranger-ca-key.pem -CAcreateserial -out stranger/cert.pem -days 2 -extfile client.ext"
                        + " && cp ca.pem stranger/ca.pem");
    }

    private static void sh(String dir, String script) {
        String out = run(Path.of(dir), "sh", "-c", script + " 2>&1");
        if (out.startsWith("FAILED")) Assertions.fail("openssl: " + out);
    }

    private static String run(Path dir, String... cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            if (dir != null) pb.directory(dir.toFile());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : "FAILED " + String.join(" ", cmd) + ":\n" + out;
        } catch (IOException e) {
            return "FAILED " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "FAILED interrupted";
        }
    }

    private static boolean onPath(String program) {
        return !run(null, "sh", "-c", "command -v " + program).startsWith("FAILED");
    }

    private static String docker() {
        return Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
    }
}
