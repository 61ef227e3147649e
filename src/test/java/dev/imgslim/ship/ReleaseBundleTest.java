package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the release workflow attaches, made here as it makes it: the shaded jar, built with Maven from
 * a snapshot of this working tree (so the jar of the code under test, not a stale target/), and the
 * runtime bundle from scripts/make-bundle (jlink runtime + launcher in a tar.gz), unpacked and run with
 * no Java on PATH: --version and a lint. Prints the jar and bundle sizes; the jar must stay within
 * 10 MB (it was 25.2 MB before docker-java's unused dependencies were cut).
 */
@Tag("slow")
class ReleaseBundleTest {

    static final long JAR_LIMIT = 10_000_000L;

    @TempDir
    Path tmp;

    @Test
    void theJarIsSmallAndTheBundleRunsWithoutAJavaOnThePath() throws IOException {
        Proc.requireOrSkip(Proc.available("jlink", "--version"), "jlink is not installed (a JDK 17 is needed)");
        Proc.requireOrSkip(Proc.available("git", "--version"), "git is not installed");
        Path repo = tmp.resolve("imgslim");
        PreCommitHookTest.snapshotOfThisRepository(
                repo,
                Map.of(
                        "GIT_AUTHOR_NAME",
                        "t",
                        "GIT_AUTHOR_EMAIL",
                        "t@example.invalid",
                        "GIT_COMMITTER_NAME",
                        "t",
                        "GIT_COMMITTER_EMAIL",
                        "t@example.invalid"));
        Proc build = Proc.run(
                        repo,
                        Map.of("MAVEN_OPTS", "-Xmx1g"),
                        Duration.ofMinutes(15),
                        "mvn",
                        "-B",
                        "-q",
                        "-DskipTests",
                        "package")
                .expect(0);
        Path jar = repo.resolve("target/imgslim.jar");
        long jarBytes = Files.size(jar);

        Proc made = Proc.run(repo, Map.of(), Duration.ofMinutes(10), "scripts/make-bundle")
                .expect(0);
        Path bundle = Path.of(made.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(bundle.getFileName().toString())
                .matches("imgslim-\\d+\\.\\d+\\.\\d+.*-(linux|macos)-(x64|arm64)\\.tar\\.gz");
        System.out.printf(
                "[bundle] jar %s: %.2f MB (built in %ds); bundle %s: %.1f MB compressed%n",
                jar.getFileName(),
                jarBytes / 1e6,
                build.took().toSeconds(),
                bundle.getFileName(),
                Files.size(bundle) / 1e6);
        assertThat(jarBytes).as("shaded jar size").isLessThanOrEqualTo(JAR_LIMIT);

        Path unpacked = Files.createDirectories(tmp.resolve("unpacked"));
        Proc.run(unpacked, Map.of(), Duration.ofMinutes(2), "tar", "-xzf", bundle.toString())
                .expect(0);
        Path launcher;
        try (Stream<Path> s = Files.list(unpacked)) {
            launcher = s.findFirst().orElseThrow().resolve("bin/imgslim");
        }
        // no java on PATH and no JAVA_HOME: a PATH with only what the launcher script itself calls
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : new String[] {"sh", "ls", "sed", "dirname", "mkdir", "mv", "rm", "tr"}) {
            Path real = Path.of("/bin", tool).toRealPath();
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        Map<String, String> noJava = Map.of("PATH", bin.toString(), "JAVA_HOME", "/nonexistent");
        assertThat(Proc.run(
                                unpacked,
                                noJava,
                                Duration.ofMinutes(1),
                                bin.resolve("sh").toString(),
                                "-c",
                                "command -v java || echo none")
                        .output()
                        .strip())
                .isEqualTo("none");
        Proc version = Proc.run(unpacked, noJava, Duration.ofMinutes(1), launcher.toString(), "--version")
                .expect(0);
        assertThat(version.output()).startsWith("imgslim ").contains("commit ").contains("built ");
        // The first run made the class-data archive of imgslim's classes beside the jar (Java 17 ties it
        // to the jar's absolute path, so the bundle cannot ship it), and it maps: -Xshare:on makes the
        // JVM fail instead of silently running without it.
        Path archive = launcher.getParent().resolveSibling("lib/imgslim.jsa");
        assertThat(archive).isRegularFile();
        assertThat(launcher.getParent().resolveSibling("runtime/lib/server/classes.jsa"))
                .as("the jlinked runtime's own archive of the JDK's classes")
                .isRegularFile();
        Map<String, String> shareOn = new java.util.HashMap<>(noJava);
        shareOn.put("JAVA_TOOL_OPTIONS", "-Xshare:on");
        Proc.run(unpacked, shareOn, Duration.ofMinutes(1), launcher.toString(), "--version")
                .expect(0);

        Path dockerfile = Files.writeString(tmp.resolve("Dockerfile"), PreCommitHookTest.BAD);
        Proc lint = Proc.run(
                unpacked,
                noJava,
                Duration.ofMinutes(1),
                launcher.toString(),
                "lint",
                "--format",
                "plain",
                dockerfile.toString());
        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
        assertThat(lint.output()).contains("Dockerfile:2:").contains("[IS302 apt-lists-not-removed]");
    }
}
