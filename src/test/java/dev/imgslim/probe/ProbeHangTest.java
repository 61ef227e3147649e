package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stuck engine or registry (accepts the connection, never answers) and engine addresses that
 * cannot work: the probe ends within --timeout with exit 3 and one line each, never a hang or a
 * stack trace. Real sockets, no mock: the silence is what a wedged dockerd looks like.
 */
class ProbeHangTest {
    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    /** Accepts every connection and keeps it open without reading or writing. */
    private ServerSocketChannel silent(ServerSocketChannel server) {
        open.add(server);
        Thread t = new Thread(
                () -> {
                    try {
                        while (server.isOpen()) {
                            SocketChannel c = server.accept();
                            open.add(c);
                        }
                    } catch (Exception ignored) {
                        // closed at the end of the test
                    }
                },
                "silent-server");
        t.setDaemon(true);
        t.start();
        return server;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aDaemonThatAcceptsAndNeverAnswersIsBoundedByTimeout() throws Exception {
        Path sock = dir.resolve("docker.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(sock));
        silent(server);
        ServerSocketChannel registry = ServerSocketChannel.open();
        registry.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        silent(registry);
        int port = ((InetSocketAddress) registry.getLocalAddress()).getPort();

        long t0 = System.nanoTime();
        DockerConnection stuck = new DockerConnection("unix://" + sock, "DOCKER_HOST");
        assertThatThrownBy(() -> DockerDaemon.connect(
                        stuck,
                        DockerTls.fromEnvironment(Map.of(), DockerConfigFile.locate(Map.of())),
                        DockerConfigFile.locate(Map.of()),
                        Duration.ofSeconds(1)))
                .isInstanceOf(ProbeFault.class)
                .hasMessage("the Docker daemon at unix://" + sock
                        + " (DOCKER_HOST) did not answer the version request within 1s (--timeout)");
        assertThat((System.nanoTime() - t0) / 1e9)
                .isLessThan(20); // loading docker-java takes seconds on a busy machine; a hang is minutes

        // the whole command: no --platform, so it asks the stuck daemon first; the registry is stuck too
        t0 = System.nanoTime();
        ProbeRun run = ProbeRun.run(
                Map.of("DOCKER_HOST", "unix://" + sock),
                "--candidate",
                "127.0.0.1:" + port + "/team/app:1",
                "--pull",
                "--timeout",
                "1s");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err())
                .contains("registry 127.0.0.1:" + port + " did not answer within 1s (--timeout)")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(seconds).isLessThan(15);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void addressesThatCannotWorkAreOneLineFaults() {
        for (String[] c : new String[][] {
            {"npipe:////./pipe/docker_engine", "npipe:// addresses (Docker Desktop's named pipe) work only on Windows"},
            {"bogus", "'bogus' is not an address (unix:///path/to/docker.sock or tcp://host:port)"},
        }) {
            assertThatThrownBy(() -> DockerDaemon.connect(
                            new DockerConnection(c[0], "DOCKER_HOST"),
                            DockerTls.fromEnvironment(Map.of(), DockerConfigFile.locate(Map.of())),
                            DockerConfigFile.locate(Map.of()),
                            Duration.ofSeconds(1)))
                    .isInstanceOf(ProbeFault.class)
                    .hasMessageContaining(c[1]);
            ProbeRun run = ProbeRun.run(
                    Map.of("DOCKER_HOST", c[0]), "--candidate", "127.0.0.1:1/x:1", "--pull", "--timeout", "1s");
            assertThat(run.exitCode()).as(c[0] + run.err()).isEqualTo(3);
            assertThat(run.err())
                    .doesNotContain("NullPointer")
                    .doesNotContain("UnsatisfiedLink")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anUnresolvableRegistryIsNotConnectionRefused() {
        ProbeRun run = ProbeRun.run(
                Map.of("DOCKER_HOST", "unix:///nonexistent/imgslim.sock"),
                "--candidate",
                "no-such-host.invalid/team/app:1",
                "--platform",
                "linux/amd64",
                "--timeout",
                "5s");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .contains("cannot resolve the host name no-such-host.invalid")
                .doesNotContain("connection refused");
    }
}
