package dev.imgslim.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff is what {@code diff -u} prints, and the real {@code patch -p0} and {@code git apply} turn the original into the fix. */
class UnifiedDiffTest {
    @TempDir
    Path dir;

    @Test
    void hunksWithThreeLinesOfContextAndMergedNeighbours() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n";
        String after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nM\nn\n";
        assertThat(UnifiedDiff.of("Dockerfile", before, after))
                .isEqualTo("--- Dockerfile\n+++ Dockerfile\n"
                        + "@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n"
                        + "@@ -10,5 +10,5 @@\n j\n k\n l\n-m\n+M\n n\n");
        String close = "a\nb\nc\nd\ne\nf\ng\nH\ni\nj\nk\nl\nM\nn\n";
        assertThat(UnifiedDiff.of("Dockerfile", before, close))
                .startsWith("--- Dockerfile\n+++ Dockerfile\n@@ -5,10 +5,10 @@\n");
        assertThat(UnifiedDiff.of("Dockerfile", before, before)).isEmpty();
    }

    @Test
    void lastLineWithoutNewlineIsMarked() {
        assertThat(UnifiedDiff.of("f", "FROM a\nRUN x", "FROM a\nRUN y"))
                .isEqualTo("--- f\n+++ f\n@@ -1,2 +1,2 @@\n FROM a\n"
                        + "-RUN x\n\\ No newline at end of file\n+RUN y\n\\ No newline at end of file\n");
    }

    @Test
    void patchAndGitApplyReproduceTheFixedFileByteForByte() throws Exception {
        for (String[] c : List.of(
                new String[] {
                    "lf",
                    "FROM debian:bookworm\nMAINTAINER me\n\n# tools\nRUN apt-get update && apt-get install -y curl\nCMD [\"x\"]"
                },
                new String[] {
                    "crlf-bom",
                    "\uFEFFFROM debian:bookworm\r\nENV A b\r\n\r\nRUN apt-get update \\\r\n && apt-get install -y --no-install-recommends curl\r\n"
                },
                new String[] {"edit-at-end", "FROM debian:bookworm\nENV A b"})) {
            String before = c[1];
            String after = Fixing.safe(before);
            assertThat(after).as(c[0]).isNotEqualTo(before);
            String diff = UnifiedDiff.of("sub/Dockerfile", before, after);
            Files.createDirectories(dir.resolve(c[0]).resolve("sub"));
            Path file = dir.resolve(c[0]).resolve("sub/Dockerfile");
            Files.writeString(file, before, StandardCharsets.UTF_8);
            assumeTrue(onPath("patch") && onPath("git"), "patch and git are needed on the PATH");
            assertThat(run(dir.resolve(c[0]), diff, "patch", "-p0", "--quiet"))
                    .as(c[0] + " patch -p0")
                    .isZero();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(c[0] + " with patch -p0")
                    .isEqualTo(after);
            Files.writeString(file, before, StandardCharsets.UTF_8);
            assertThat(run(dir.resolve(c[0]), diff, "git", "apply", "-p0", "-"))
                    .as(c[0] + " git apply -p0")
                    .isZero();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(c[0] + " with git apply -p0")
                    .isEqualTo(after);
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":"))
            if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }

    private static int run(Path cwd, String stdin, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd)
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        if (p.exitValue() != 0) System.out.println(String.join(" ", cmd) + ": " + out);
        return p.exitValue();
    }
}
