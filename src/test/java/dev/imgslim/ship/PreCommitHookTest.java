package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook as a user meets it, with the real {@code pre-commit}: a project's
 * {@code .pre-commit-config.yaml} names this repository (a snapshot of the working tree, committed
 * in a throwaway repository, since pre-commit clones a repo at a rev), {@code pre-commit install},
 * then {@code git commit}. The hook's first run builds the jar inside pre-commit's clone with Maven
 * (offline when ~/.m2 has everything, else from Maven Central).
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreCommitHookTest {

    static final String BAD = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y --no-install-recommends curl
            """;
    static final String CLEAN = """
            FROM scratch
            COPY app /app
            """;

    @TempDir
    static Path tmp;

    static Path project;
    static Map<String, String> env;

    @BeforeAll
    static void setUp() throws IOException {
        Proc.requireOrSkip(Proc.available("git", "--version"), "git is not installed");
        Proc.requireOrSkip(
                Proc.available("pre-commit", "--version"),
                "pre-commit is not installed (Debian: apt-get install pre-commit; scripts/test-all installs it as root)");
        env = new HashMap<>();
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
        env.put("GIT_AUTHOR_NAME", "imgslim test");
        env.put("GIT_AUTHOR_EMAIL", "test@imgslim.invalid");
        env.put("GIT_COMMITTER_NAME", "imgslim test");
        env.put("GIT_COMMITTER_EMAIL", "test@imgslim.invalid");
        env.put("PRE_COMMIT_COLOR", "never");
        env.put("NO_COLOR", "1");

        String rev = snapshotOfThisRepository(tmp.resolve("imgslim-repo"), env);
        project = Files.createDirectories(tmp.resolve("project"));
        git("init", "-q", "-b", "main");
        Files.writeString(project.resolve(".pre-commit-config.yaml"), """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: imgslim
                """.formatted(tmp.resolve("imgslim-repo"), rev));
        Files.writeString(project.resolve(".dockerignore"), "*\n!app\n");
        Files.writeString(project.resolve("app"), "x\n");
        Files.writeString(project.resolve("README.md"), "# a project\n");
        Proc.run(project, env, Duration.ofMinutes(2), "pre-commit", "install").expect(0);
    }

    /** Every file of the working tree git would commit, committed in a fresh repository; its commit id. */
    static String snapshotOfThisRepository(Path dest, Map<String, String> env) throws IOException {
        Path base = Proc.basedir();
        Proc files = Proc.run(
                base,
                null,
                Duration.ofMinutes(1),
                "git",
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard");
        files.expect(0);
        for (String name : files.output().split("\0")) {
            if (name.isEmpty()) continue;
            Path from = base.resolve(name);
            if (!Files.isRegularFile(from)) continue; // deleted in the working tree, or a submodule
            Path to = dest.resolve(name);
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Proc.run(dest, env, Duration.ofMinutes(1), "git", "init", "-q").expect(0);
        Proc.run(dest, env, Duration.ofMinutes(1), "git", "add", "-A").expect(0);
        Proc.run(dest, env, Duration.ofMinutes(1), "git", "commit", "-q", "--no-verify", "-m", "snapshot")
                .expect(0);
        return Proc.run(dest, env, Duration.ofMinutes(1), "git", "rev-parse", "HEAD")
                .expect(0)
                .output()
                .strip();
    }

    static Proc git(String... args) {
        List<String> cmd = Proc.list("git");
        cmd.addAll(List.of(args));
        return Proc.run(project, env, Duration.ofMinutes(15), cmd);
    }

    static void write(String name, String content) throws IOException {
        Path p = project.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void badDockerfilesStopTheCommitWithTheFindingsInOneJvm() throws IOException {
        write("Dockerfile", BAD);
        write("services/api/Containerfile", BAD);
        write("services/web/web.dockerfile", BAD);
        write("services/web/Dockerfile.dev", BAD);
        git("add", "-A").expect(0);
        // Every JVM started with JAVA_TOOL_OPTIONS set says so on stderr: the count is the JVM starts.
        // (The jar's build on first use logs to a file, so only imgslim's JVMs are counted.)
        Map<String, String> withMarker = new HashMap<>(env);
        withMarker.put("JAVA_TOOL_OPTIONS", "-Dimgslim.test.marker=1");
        Proc commit = Proc.run(project, withMarker, Duration.ofMinutes(15), "git", "commit", "-m", "bad");
        System.out.printf(
                "[pre-commit] first commit (builds the jar in pre-commit's clone): %ds%n",
                commit.took().toSeconds());

        assertThat(commit.exitCode()).as(commit.output()).isNotZero();
        assertThat(commit.output())
                .contains("imgslim")
                .contains("Failed")
                .contains("Dockerfile:2:")
                .contains("services/api/Containerfile:2:")
                .contains("services/web/web.dockerfile:2:")
                .contains("services/web/Dockerfile.dev:2:")
                .contains("apt-lists-not-removed");
        assertThat(count(commit.output(), "Picked up JAVA_TOOL_OPTIONS"))
                .as(commit.output())
                .isEqualTo(1);
        assertThat(git("rev-parse", "--verify", "-q", "HEAD").exitCode())
                .as("no commit was made")
                .isNotZero();
    }

    @Test
    @Order(2)
    void cleanDockerfilesCommit() throws IOException {
        write("Dockerfile", CLEAN);
        write("services/api/Containerfile", CLEAN);
        write("services/web/web.dockerfile", CLEAN);
        write("services/web/Dockerfile.dev", CLEAN);
        // BuildKit's per-Dockerfile ignore file is not a Dockerfile
        write("services/web/web.dockerfile.dockerignore", "*\n!app\n");
        git("add", "-A").expect(0);
        Proc commit = git("commit", "-m", "clean");
        System.out.printf("[pre-commit] clean commit: %ds%n", commit.took().toSeconds());
        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(commit.output()).containsPattern("imgslim[^\\n]*Passed");
    }

    @Test
    @Order(3)
    void otherFilesDoNotRunTheHook() throws IOException {
        write("README.md", "# a project, edited\n");
        git("add", "-A").expect(0);
        Proc commit = git("commit", "-m", "docs");
        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(commit.output()).containsPattern("imgslim[^\\n]*Skipped");
    }

    static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
