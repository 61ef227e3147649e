package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import dev.imgslim.testenv.TlsDockerd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * imgslim's own image, built for real by the local dockerd ({@code scripts/testenv.sh start}) from
 * the top-level Dockerfile with locally made bases ({@code scripts/local-bases.sh}: debootstrap and
 * apt, no registry) and the legacy builder, then run on Dockerfiles mounted into it, and against a
 * TLS-only Docker engine. Prints the image's size and the size of the jar inside it. The base
 * images and the build's layers stay in the daemon between runs, so a second run takes seconds.
 */
@Tag("docker")
class DockerImageTest {

    static final String IMAGE = "imgslim-test/imgslim:test";
    /** What the release workflow passes as REVISION (the commit); --version must print it. */
    static final String REVISION = "0123456789ab";

    static Map<String, String> env;
    static String docker;

    @TempDir
    static Path work;

    @BeforeAll
    static void buildImage() throws IOException {
        docker = Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
        env = new HashMap<>();
        env.put("DOCKER_HOST", dockerHost());
        env.put("DOCKER_BUILDKIT", "0");
        boolean up = Proc.available("env", "DOCKER_HOST=" + dockerHost(), docker, "version");
        Proc.requireOrSkip(
                up, "no Docker daemon at " + dockerHost() + "; start it with: eval \"$(scripts/testenv.sh start)\"");

        Path base = Proc.basedir();
        Proc bases = Proc.run(
                        base,
                        env,
                        Duration.ofMinutes(10),
                        base.resolve("scripts/local-bases.sh").toString())
                .expect(0);
        String[] lines = bases.output().strip().split("\n");
        List<String> buildArgs = Arrays.asList(lines[lines.length - 1].strip().split("\\s+"));
        assertThat(buildArgs).contains("--build-arg");

        try (LocalMavenMirror mirror = new LocalMavenMirror(LocalMavenMirror.defaultRepository())) {
            List<String> build =
                    Proc.list(docker, "build", "--network", "host", "-t", IMAGE, "--build-arg", "REVISION=" + REVISION);
            build.addAll(buildArgs);
            build.addAll(List.of("--build-arg", "MAVEN_MIRROR=" + mirror.url(), "."));
            Proc built = Proc.run(base, env, Duration.ofMinutes(30), build).expect(0);
            System.out.printf(
                    "[docker] image built in %ds (Maven files: %d from ~/.m2, %d from Central)%n",
                    built.took().toSeconds(), mirror.local.get(), mirror.central.get());
        }
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** DOCKER_HOST, else the socket scripts/testenv.sh makes (as the probe's tests find it). */
    static String dockerHost() {
        return DockerTestEnv.dockerHost();
    }

    static Proc imgslim(Path mount, String... args) {
        List<String> cmd = Proc.list(docker, "run", "--rm", "--network", "none", "-v", mount + ":/work:ro", IMAGE);
        cmd.addAll(List.of(args));
        return Proc.run(Proc.basedir(), env, Duration.ofMinutes(2), cmd);
    }

    static Path write(String name, String content) throws IOException {
        Path p = work.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        return p;
    }

    @Test
    void reportsFindingsWithExitCodeOne() throws IOException {
        write("Dockerfile", PreCommitHookTest.BAD);
        Proc run = imgslim(work, "lint", "/work/Dockerfile");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        // paths are shown relative to the working folder, which is /work in the image
        assertThat(run.output()).startsWith("Dockerfile:2:").contains("[IS302 apt-lists-not-removed]");

        Proc json = imgslim(work, "lint", "--format", "json", "/work/Dockerfile");
        assertThat(json.exitCode()).as(json.output()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(json.output());
        assertThat(report.path("findings").get(0).path("code").asText()).isEqualTo("IS302");
    }

    @Test
    void readsTheConfigFile() throws IOException {
        Path dir = Files.createDirectories(work.resolve("configured"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        write("configured/Dockerfile", PreCommitHookTest.BAD);
        Proc without = imgslim(dir, "lint", "--no-fail", "--format", "json", "/work/Dockerfile");
        assertThat(without.exitCode()).as(without.output()).isZero();
        assertThat(without.output()).contains("\"IS302\"");

        // the YAML config (jackson, snakeyaml) loads in the jlinked runtime, which has no java.desktop
        write("configured/.imgslim.yaml", "ignore: [apt-lists-not-removed]\n");
        Proc with = imgslim(
                dir, "lint", "--no-fail", "--format", "json", "--config", "/work/.imgslim.yaml", "/work/Dockerfile");
        assertThat(with.exitCode()).as(with.output()).isZero();
        assertThat(new ObjectMapper().readTree(with.output()).path("errors").size())
                .as(with.output())
                .isZero();
        assertThat(with.output()).doesNotContain("\"IS302\"");
    }

    @Test
    void theRepositorysOwnDockerfileIsClean() {
        Proc run = imgslim(Proc.basedir(), "lint", "--failure-threshold", "warning", "/work/Dockerfile");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void runsAsNonRootAndWeighsAtMost70MB() throws IOException {
        Proc user = Proc.run(
                        Proc.basedir(),
                        env,
                        Duration.ofMinutes(1),
                        docker,
                        "image",
                        "inspect",
                        "-f",
                        "{{.Config.User}}",
                        IMAGE)
                .expect(0);
        assertThat(user.output().strip()).isEqualTo("65532:65532");
        Proc version = imgslim(work, "--version");
        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).contains("commit " + REVISION);

        // the jar as shipped in the image, copied out of a container that never starts
        String container = Proc.run(Proc.basedir(), env, Duration.ofMinutes(1), docker, "create", IMAGE)
                .expect(0)
                .output()
                .strip();
        Path jar = work.resolve("shipped.jar");
        try {
            Proc.run(
                            Proc.basedir(),
                            env,
                            Duration.ofMinutes(1),
                            docker,
                            "cp",
                            container + ":/opt/imgslim/imgslim.jar",
                            jar.toString())
                    .expect(0);
        } finally {
            Proc.run(Proc.basedir(), env, Duration.ofMinutes(1), docker, "rm", "-f", container);
        }
        long size = size(IMAGE);
        System.out.printf(
                "[docker] %s: %.1f MB uncompressed, measured (was 141.1 MB on bookworm-slim); jar inside: %.2f MB (was 25.2 MB)%n",
                IMAGE, size / 1e6, Files.size(jar) / 1e6);
        // distroless-style: the runtime, the jar and the C libraries they link; no shell, no package manager
        assertThat(size).isLessThanOrEqualTo(70_000_000L);
        assertThat(Files.size(jar)).isLessThanOrEqualTo(10_000_000L);
        Proc shell = Proc.run(
                Proc.basedir(),
                env,
                Duration.ofMinutes(1),
                docker,
                "run",
                "--rm",
                "--entrypoint",
                "/bin/sh",
                IMAGE,
                "-c",
                "true");
        assertThat(shell.exitCode()).as("no shell in the image").isNotZero();
    }

    /** The shipped jar in the jlinked runtime probes a TLS-only engine: BouncyCastle-free TLS, modules present. */
    @Test
    void probesADockerEngineOverTlsWithClientCertificates() throws IOException {
        DockerTestEnv testEnv = DockerTestEnv.require();
        TestImages images = TestImages.ensure(testEnv);
        TlsDockerd tls = TlsDockerd.require();
        // readable by the image's non-root user (openssl writes keys 0600)
        Path certs = Files.createDirectories(work.resolve("certs"));
        Files.setPosixFilePermissions(certs, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String f : List.of("ca.pem", "cert.pem", "key.pem")) {
            Files.copy(
                    tls.clientCerts().resolve(f), certs.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(certs.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Proc run = Proc.run(
                Proc.basedir(),
                env,
                Duration.ofMinutes(5),
                docker,
                "run",
                "--rm",
                "--network",
                "host",
                "-v",
                certs + ":/certs:ro",
                "-e",
                "DOCKER_HOST=" + tls.host(),
                "-e",
                "DOCKER_TLS_VERIFY=1",
                "-e",
                "DOCKER_CERT_PATH=/certs",
                IMAGE,
                "probe",
                "--base",
                images.slim(),
                "--pull",
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report =
                new ObjectMapper().readTree(run.output().substring(run.output().indexOf('{')));
        assertThat(report.path("base").path("onDiskBytes").asLong())
                .as(run.output())
                .isPositive();
    }

    static long size(String image) {
        Proc p = Proc.run(
                        Proc.basedir(),
                        env,
                        Duration.ofMinutes(1),
                        docker,
                        "image",
                        "inspect",
                        "-f",
                        "{{.Size}}",
                        image)
                .expect(0);
        return Long.parseLong(p.output().strip());
    }
}
