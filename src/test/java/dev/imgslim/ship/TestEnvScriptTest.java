package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/testenv.sh stop} leaves nothing mounted under its state folder: dockerd bind-mounts the
 * network namespace of the first {@code --network host} container at {@code exec/netns/default} and does
 * not unmount it when it stops, which kept the namespace alive and the folder undeletable. Runs a test
 * environment of its own (its own folder and registry port), beside any other.
 */
@Tag("docker")
@Tag("slow")
class TestEnvScriptTest {
    @Test
    void stopLeavesNoNetworkNamespaceMounted() throws Exception {
        String missing = null;
        if (!"0"
                .equals(Proc.run(Proc.basedir(), null, Duration.ofSeconds(10), "id", "-u")
                        .output()
                        .strip())) missing = "a dockerd of our own needs root";
        else if (!Proc.available("dockerd", "--version")) missing = "dockerd is not installed (Debian: docker.io)";
        else if (!Proc.available("docker-registry", "--version")) missing = "docker-registry is not installed";
        else if (!Files.isExecutable(Path.of("/bin/busybox"))) missing = "busybox-static is not installed";
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail("must run in CI, but " + missing);
            Assumptions.abort(missing);
        }
        // short: the daemon's unix sockets live under it
        Path state = Files.createTempDirectory(Path.of("/tmp"), "imgslim-te");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> env = Map.of(
                "IMGSLIM_TESTENV", state.toString(),
                "IMGSLIM_TEST_REGISTRY", "127.0.0.1:" + port,
                "DOCKER_HOST", "unix://" + state.resolve("docker.sock"));
        Path script = Proc.basedir().resolve("scripts/testenv.sh");
        try {
            Proc.run(Proc.basedir(), env, Duration.ofMinutes(3), script.toString(), "start")
                    .expect(0);
            Path root = Files.createDirectories(state.resolve("rootfs/bin"));
            Files.copy(Path.of("/bin/busybox"), root.resolve("busybox"));
            Files.createSymbolicLink(root.resolve("true"), Path.of("busybox"));
            Proc.run(
                            state,
                            env,
                            Duration.ofMinutes(2),
                            "sh",
                            "-c",
                            "tar -C rootfs -c . | docker import - imgslim-testenv-busybox:1 >/dev/null"
                                    + " && docker run --rm --network host imgslim-testenv-busybox:1 true")
                    .expect(0);
            assertThat(mountsUnder(state)).as("a host-network container ran").isNotEmpty();
        } finally {
            Proc.run(Proc.basedir(), env, Duration.ofMinutes(2), script.toString(), "stop");
        }
        List<String> left = mountsUnder(state);
        for (String m : left) Proc.run(Proc.basedir(), null, Duration.ofSeconds(30), "umount", m); // for the next run
        assertThat(left).as("mounted under the state folder after stop").isEmpty();
        deleteTree(state);
        assertThat(state).as("the state folder can be deleted").doesNotExist();
    }

    /** The mount points under {@code folder}, from the kernel's table. */
    private static List<String> mountsUnder(Path folder) throws IOException {
        String top = folder.toRealPath() + "/";
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/mounts"))) {
            return lines.map(l -> l.split(" ")[1])
                    .filter(p -> p.startsWith(top))
                    .toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
