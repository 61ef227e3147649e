package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker-based pre-commit hooks with the real {@code pre-commit} and the local Docker Engine:
 * {@code imgslim-docker} ({@code language: docker}: pre-commit builds this repository's Dockerfile from
 * its clone, then runs the lint in it) and {@code imgslim-docker-image} ({@code language: docker_image}:
 * the published image, here the locally built one under the published name, since ghcr.io cannot be
 * reached). A bad Dockerfile stops the commit with the findings; a clean one commits.
 *
 * <p>This machine's daemon has no bridge network and no route to Docker Hub, so the {@code docker} that
 * pre-commit calls is a two-line wrapper that adds what {@code scripts/local-bases.sh} users add by hand
 * to a build: {@code --network host}, the locally made base images (pushed to the loopback registry, so
 * pre-commit's {@code --pull} finds them) and the loopback Maven mirror. Every other argument is pre-commit's.
 */
@Tag("docker")
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreCommitDockerHookTest {

    @TempDir
    static Path tmp;

    static Path project;
    static Map<String, String> env;
    static LocalMavenMirror mirror;

    @BeforeAll
    static void setUp() throws IOException {
        String docker = Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
        String host = DockerImageTest.dockerHost();
        Proc.requireOrSkip(
                Proc.available("env", "DOCKER_HOST=" + host, docker, "version"),
                "no Docker daemon at " + host + "; start it with: eval \"$(scripts/testenv.sh start)\"");
        Proc.requireOrSkip(Proc.available("git", "--version"), "git is not installed");
        Proc.requireOrSkip(
                Proc.available("pre-commit", "--version"),
                "pre-commit is not installed (Debian: apt-get install pre-commit; scripts/test-all installs it as root)");
        Path base = Proc.basedir();
        env = new HashMap<>();
        env.put("DOCKER_HOST", host);
        env.put("DOCKER_BUILDKIT", "0");
        Proc bases = Proc.run(
                        base,
                        env,
                        Duration.ofMinutes(10),
                        base.resolve("scripts/local-bases.sh").toString())
                .expect(0);
        String[] lines = bases.output().strip().split("\n");
        List<String> localArgs = Arrays.asList(lines[lines.length - 1].strip().split("\\s+"));

        // the bases under registry names, so that `docker build --pull` can pull them
        String registry = dev.imgslim.testenv.DockerTestEnv.registry();
        StringBuilder buildArgs = new StringBuilder();
        for (String arg : localArgs) {
            if (!arg.contains("=")) continue;
            String name = arg.substring(0, arg.indexOf('=')), image = arg.substring(arg.indexOf('=') + 1);
            String pushed = registry + "/" + image;
            Proc.run(base, env, Duration.ofMinutes(2), docker, "tag", image, pushed)
                    .expect(0);
            Proc.run(base, env, Duration.ofMinutes(10), docker, "push", pushed).expect(0);
            buildArgs.append(" --build-arg ").append(name).append('=').append(pushed);
        }
        mirror = new LocalMavenMirror(LocalMavenMirror.defaultRepository());
        buildArgs.append(" --build-arg MAVEN_MIRROR=").append(mirror.url());

        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path wrapper = bin.resolve("docker");
        Files.writeString(
                wrapper,
                "#!/bin/sh\n"
                        + "if [ \"$1\" = build ]; then shift; exec " + docker + " build --network host" + buildArgs
                        + " \"$@\"; fi\n"
                        + "exec " + docker + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
        env.put("GIT_AUTHOR_NAME", "imgslim test");
        env.put("GIT_AUTHOR_EMAIL", "test@imgslim.invalid");
        env.put("GIT_COMMITTER_NAME", "imgslim test");
        env.put("GIT_COMMITTER_EMAIL", "test@imgslim.invalid");
        env.put("PRE_COMMIT_COLOR", "never");

        String rev = PreCommitHookTest.snapshotOfThisRepository(tmp.resolve("imgslim-repo"), env);
        project = Files.createDirectories(tmp.resolve("project"));
        Proc.run(project, env, Duration.ofMinutes(1), "git", "init", "-q", "-b", "main")
                .expect(0);
        Files.writeString(project.resolve(".pre-commit-config.yaml"), """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: imgslim-docker
                      - id: imgslim-docker-image
                """.formatted(tmp.resolve("imgslim-repo"), rev));
        Files.writeString(project.resolve(".dockerignore"), "*\n!app\n");
        Files.writeString(project.resolve("app"), "x\n");
        Proc.run(project, env, Duration.ofMinutes(2), "pre-commit", "install").expect(0);
    }

    @org.junit.jupiter.api.AfterAll
    static void closeMirror() {
        if (mirror != null) mirror.close();
    }

    static Proc commit(String message) {
        Proc.run(project, env, Duration.ofMinutes(1), "git", "add", "-A").expect(0);
        return Proc.run(project, env, Duration.ofMinutes(30), "git", "commit", "-m", message);
    }

    @Test
    @Order(1)
    void theHookBuiltFromTheRepositoryStopsABadDockerfile() throws IOException {
        Files.writeString(project.resolve("Dockerfile"), PreCommitHookTest.BAD);
        // only the build-from-the-repository hook: the published image is not there yet
        Map<String, String> only = new HashMap<>(env);
        only.put("SKIP", "imgslim-docker-image");
        Proc.run(project, env, Duration.ofMinutes(1), "git", "add", "-A").expect(0);
        Proc run = Proc.run(project, only, Duration.ofMinutes(30), "git", "commit", "-m", "bad");
        System.out.printf(
                "[pre-commit docker] first commit (pre-commit builds the image): %ds, Maven files %d from ~/.m2, %d from Central%n",
                run.took().toSeconds(), mirror.local.get(), mirror.central.get());
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output())
                .containsPattern("imgslim \\(Docker, built from this repository\\)[^\\n]*Failed")
                .contains("Dockerfile:2:")
                .contains("apt-lists-not-removed");
    }

    @Test
    @Order(2)
    void bothHooksPassACleanDockerfileAndThePublishedImageStopsABadOne() throws IOException {
        // the image pre-commit built, under the name the docker_image hook pins (ghcr.io is not reachable here)
        String docker = Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
        String hooks = Files.readString(Proc.basedir().resolve(".pre-commit-hooks.yaml"));
        String published = hooks.replaceAll("(?s).*entry: (ghcr\\.io/\\S+) lint.*", "$1");
        Proc built = Proc.run(
                        project, env, Duration.ofMinutes(1), docker, "images", "-q", "--filter", "label=PRE_COMMIT")
                .expect(0);
        String id = built.output().strip().split("\\s+")[0];
        Proc.run(project, env, Duration.ofMinutes(1), docker, "tag", id, published)
                .expect(0);

        Proc bad = commit("bad");
        assertThat(bad.exitCode()).as(bad.output()).isNotZero();
        assertThat(bad.output()).containsPattern("imgslim \\(published Docker image\\)[^\\n]*Failed");

        Files.writeString(project.resolve("Dockerfile"), PreCommitHookTest.CLEAN);
        Proc clean = commit("clean");
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.output())
                .containsPattern("imgslim \\(Docker, built from this repository\\)[^\\n]*Passed")
                .containsPattern("imgslim \\(published Docker image\\)[^\\n]*Passed");
    }
}
