package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --build} through the real engine (then the built image analyzed), its refusal of a
 * Dockerfile that needs BuildKit (naming the line), and the progress line: on stderr when stderr is a
 * terminal (a pty from {@code script}), absent when stderr is a pipe.
 */
@Tag("docker")
class AnalyzeBuildAndProgressDockerTest {

    @Test
    void buildThenAnalyze(@TempDir Path tmp) throws Exception {
        DockerTestEnv env = DockerTestEnv.require();
        env.client().inspectImageCmd(AnalyzeDockerTest.BASE).exec(); // scripts/local-bases.sh makes it
        Path dockerfile = Files.writeString(tmp.resolve("Dockerfile"), """
                FROM imgslim-test/debian:bookworm
                RUN head -c 1000000 /dev/urandom > /blob
                COPY notes.txt /notes.txt
                """);
        Files.writeString(tmp.resolve("notes.txt"), "x".repeat(12_345));
        AnalyzeRun run = AnalyzeRun.run(env.probeEnv(), "--build", "--format", "json", dockerfile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("source").asText()).isEqualTo("engine");
        assertThat(run.line(2).path("sizeBytes").asLong()).isEqualTo(1_000_000);
        assertThat(run.line(3).path("sizeBytes").asLong()).isEqualTo(12_345);
        assertThat(json.path("base").path("layers").asInt()).isEqualTo(1);
        assertThat(json.path("unmatchedLayers")).isEmpty();
    }

    @Test
    void aBuildKitOnlyDockerfileIsRefusedNamingTheLine(@TempDir Path tmp) throws Exception {
        DockerTestEnv env = DockerTestEnv.require();
        Path dockerfile = Files.writeString(tmp.resolve("Dockerfile"), """
                FROM imgslim-test/debian:bookworm
                RUN --mount=type=cache,target=/root/.cache true
                """);
        AnalyzeRun run = AnalyzeRun.run(env.probeEnv(), "--build", dockerfile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(dockerfile + ":2:1: error: RUN --mount needs BuildKit")
                .contains("--image")
                .doesNotContain("Exception");
    }

    @Test
    void progressLineOnATerminalOnly(@TempDir Path tmp) throws Exception {
        DockerTestEnv env = DockerTestEnv.require();
        TestImages images = TestImages.ensure(env);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.imgslim.cli.Main",
                "analyze",
                "--image",
                images.fat(),
                "--registry",
                "--format",
                "json",
                "-o",
                tmp.resolve("report.json").toString()));

        // stderr a pipe: no progress line
        ProcessBuilder piped = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        piped.environment().putAll(env.probeEnv());
        Process p = piped.start();
        String pipedErr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(pipedErr).isZero();
        assertThat(pipedErr).doesNotContain("reading layer");

        // a pty from script(1): the progress line, rewritten in place, then cleared
        String line = String.join(" ", cmd.stream().map(a -> "'" + a + "'").toList());
        ProcessBuilder tty = new ProcessBuilder("script", "-qec", line, "/dev/null").redirectErrorStream(true);
        tty.environment().putAll(env.probeEnv());
        Process t = tty.start();
        t.getOutputStream().close();
        String ttyOut = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(t.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(t.exitValue()).as(ttyOut).isZero();
        assertThat(ttyOut)
                .contains("\r\033[Kreading layer 1, ")
                .contains("reading layer 2, ")
                .endsWith("\r\033[K");
        JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(tmp.resolve("report.json").toFile());
        assertThat(report.path("source").asText()).isEqualTo("registry");
    }
}
