package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Container;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The probe as a separate JVM: Ctrl-C clean-up, and a sizes-only probe that never loads docker-java. */
@Tag("docker")
class ProbeProcessTest {

    static DockerTestEnv env;
    static TestImages images;

    @BeforeAll
    static void up() {
        env = DockerTestEnv.require();
        images = TestImages.ensure(env);
    }

    @Test
    void ctrlCRemovesTheContainersThisRunCreated() throws Exception {
        Path out = Files.createTempFile("probe-out", ".txt");
        Process probe = java(
                List.of(),
                out,
                "--candidate",
                images.slim(),
                "--cold-start",
                "sleep 60",
                "--runs",
                "1",
                "--timeout",
                "2m");
        try {
            // wait until the probe's container is running (started, so surely tracked by the probe)
            List<Container> running = List.of();
            for (int i = 0; i < 300 && running.isEmpty(); i++) {
                Thread.sleep(100);
                running = env.client()
                        .listContainersCmd()
                        .withStatusFilter(List.of("running"))
                        .withLabelFilter(Map.of("dev.imgslim.probe", "1"))
                        .exec();
                assertThat(probe.isAlive())
                        .as("probe still running; output:\n" + Files.readString(out))
                        .isTrue();
            }
            assertThat(running).as("a cold-start container appeared").hasSize(1);

            new ProcessBuilder("kill", "-INT", String.valueOf(probe.pid()))
                    .start()
                    .waitFor();
            assertThat(probe.waitFor(30, TimeUnit.SECONDS))
                    .as("probe exits on SIGINT")
                    .isTrue();
            // The hook asks dockerd to remove it before the JVM exits; on vfs the removal itself can take
            // a few seconds ("Removal In Progress"), so wait for dockerd to finish what was asked.
            List<Container> left = probeContainers();
            for (int i = 0;
                    i < 300 && !left.isEmpty() && left.stream().allMatch(c -> "removing".equals(c.getState()));
                    i++) {
                Thread.sleep(100);
                left = probeContainers();
            }
            assertThat(left).as("the shutdown hook removed the container").isEmpty();
        } finally {
            if (probe.isAlive()) probe.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }

    @Test
    void sizesOnlyProbeDoesNotLoadDockerJava() throws Exception {
        Path out = Files.createTempFile("probe-out", ".txt");
        try {
            Process probe = java(
                    List.of("-verbose:class"),
                    out,
                    "--candidate",
                    images.slim(),
                    "--platform",
                    env.platform(),
                    "--format",
                    "json");
            assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(probe.exitValue()).as(text).isZero();
            assertThat(text).contains("dev.imgslim.probe.RegistryClient").contains("\"compressedBytes\"");
            assertThat(text).doesNotContain("com.github.dockerjava");
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static List<Container> probeContainers() {
        return env.client()
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of("dev.imgslim.probe", "1"))
                .exec();
    }

    private static Process java(List<String> jvmArgs, Path output, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ProbeMain.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("DOCKER_HOST", env.host());
        return pb.start();
    }
}
