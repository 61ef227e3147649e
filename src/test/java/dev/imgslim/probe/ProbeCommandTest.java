package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.cli.ProbeCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors exit 2 before anything is contacted; no daemon or registry needed here. */
class ProbeCommandTest {

    // a daemon address nobody listens on: usage errors must be found before any connection
    static final Map<String, String> ENV = Map.of("DOCKER_HOST", "unix:///nonexistent/imgslim-test.sock");

    @Test
    void usageErrorsExitTwo() {
        assertUsage(ProbeRun.run(ENV), "nothing to probe");
        assertUsage(ProbeRun.run(ENV, "--candidate", "x", "--format", "xml"), "--format");
        assertUsage(ProbeRun.run(ENV, "--candidate", "x", "--platform", "linux"), "invalid platform");
        assertUsage(ProbeRun.run(ENV, "--candidate", "x", "--timeout", "soon"), "invalid duration");
        assertUsage(ProbeRun.run(ENV, "--candidate", "x", "--runs", "0"), "--runs must be at least 1");
        assertUsage(ProbeRun.run(ENV, "--candidate", "x", "--needs", "gcc,rm -rf"), "invalid command name");
        assertUsage(ProbeRun.run(ENV, "--candidate", "x", "--bogus"), "Unknown option");
    }

    @Test
    void helpExitsZero() {
        ProbeRun run = ProbeRun.run(ENV, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "--base",
                        "--candidate",
                        "--platform",
                        "--pull",
                        "--cold-start",
                        "--runs",
                        "--timeout",
                        "--format",
                        "--needs",
                        "Exit codes");
    }

    @Test
    void anInvalidReferenceOnTheCommandLineIsAUsageError() {
        // what the user typed is checked as lint checks its input (exit 2); a FROM line's image is measured or reported
        // per image
        assertUsage(
                ProbeRun.run(ENV, "--candidate", "Not/Valid", "--platform", "linux/amd64", "--format", "json"),
                "invalid image reference 'Not/Valid': invalid reference format: repository name (Valid) must be lowercase");
        assertUsage(ProbeRun.run(ENV, "--base", "", "--platform", "linux/amd64"), "empty image reference");
        assertUsage(
                ProbeRun.run(ENV, "--base", "python:3.12", "--candidate", "a b", "--platform", "linux/amd64"),
                "invalid");
    }

    @Test
    void requestForTheLeadsDockerfilePath() {
        ProbeCommand command = new ProbeCommand(ENV);
        new CommandLine(command.spec())
                .parseArgs("--pull", "--runs", "3", "--timeout", "2s", "--needs", "apt-get, pip");
        ProbeRequest request = command.request("python:3.12", List.of("python:3.12-slim"));
        assertThat(request.base()).isEqualTo("python:3.12");
        assertThat(request.candidates()).containsExactly("python:3.12-slim");
        assertThat(request.pull()).isTrue();
        assertThat(request.runs()).isEqualTo(3);
        assertThat(request.timeout()).hasSeconds(2);
        assertThat(request.needs()).containsExactly("apt-get", "pip");
    }

    private static void assertUsage(ProbeRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
