package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imgslim fix} reads the environment it is given, as lint does: {@code --build-arg KEY} takes its
 * value from it, and {@code --verify} talks to the daemon its DOCKER_HOST names.
 */
class FixEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void aBuildArgWithoutValueTakesItFromTheRunsEnvironment() throws Exception {
        // The build argument picks the stage the last one builds on: only a built stage's RUN is fixed.
        Path df = Files.writeString(
                dir.resolve("Dockerfile"),
                "ARG FROM_STAGE=a\n"
                        + "FROM debian:bookworm AS a\nRUN apt-get update && apt-get install -y curl\n"
                        + "FROM debian:bookworm AS b\nRUN apt-get update && apt-get install -y wget\n"
                        + "FROM ${FROM_STAGE}\nCMD [\"sh\"]\n");

        Cli fromEnv = Cli.runWithEnv(Map.of("FROM_STAGE", "b"), "fix", "--build-arg", "FROM_STAGE", df.toString());
        assertThat(fromEnv.exitCode()).as(fromEnv.err()).isZero();
        assertThat(fromEnv.out())
                .contains("-RUN apt-get update && apt-get install -y wget\n")
                .doesNotContain("-RUN apt-get update && apt-get install -y curl\n");

        Cli unset = Cli.runWithEnv(Map.of(), "fix", "--build-arg", "FROM_STAGE", df.toString());
        assertThat(unset.out())
                .as("unset in the environment: the ARG default applies")
                .contains("-RUN apt-get update && apt-get install -y curl\n")
                .doesNotContain("-RUN apt-get update && apt-get install -y wget\n");
    }

    @Test
    void verifyConnectsToTheDaemonOfTheRunsDockerHost() throws Exception {
        Path df = Files.writeString(
                dir.resolve("Dockerfile"), "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n");
        Path socket = dir.resolve("d.sock");
        AtomicInteger connections = new AtomicInteger();
        // A real unix socket that takes each connection and closes it: no daemon answers, so nothing builds.
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        try (SocketChannel c = server.accept()) {
                            connections.incrementAndGet();
                        }
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();

            Cli r = Cli.runWithEnv(
                    Map.of(
                            "DOCKER_HOST",
                            "unix://" + socket,
                            "DOCKER_CONFIG",
                            Files.createDirectory(dir.resolve("docker-config")).toString()),
                    "fix",
                    "--verify",
                    df.toString());

            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.PROBE_FAILED);
            assertThat(r.err()).contains(df + ": verify: could not build the original: ");
            assertThat(connections.get())
                    .as("connections to the environment's DOCKER_HOST")
                    .isPositive();
        }
    }
}
