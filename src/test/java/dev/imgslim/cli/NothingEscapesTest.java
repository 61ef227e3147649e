package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Running out of heap is one line, never a stack trace: a file too large for the heap is exit 2 (any other
 * Error is exit 70). Run as a real process with a small heap so that the Error is a real OutOfMemoryError.
 */
class NothingEscapesTest {

    private record Run(int code, String out, String err) {}

    private static Run imgslim(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("imgslim-out", ".txt");
        Path err = Files.createTempFile("imgslim-err", ".txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aFileTooLargeForTheHeapIsOneLineAndExit2() throws Exception {
        assumeTrue(new File("/dev/zero").canRead());
        // the cap raised far beyond the heap: reading /dev/zero runs out of memory, the input's fault
        Run r = imgslim("lint", "--max-file-size", "1GiB", "/dev/zero");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat((r.out() + r.err()).trim())
                .startsWith("/dev/zero:1:1: error: too large to lint within the Java heap (")
                .doesNotContain("internal error")
                .doesNotContain("\tat ");
        assertThat((r.out() + r.err()).trim().lines().count()).isEqualTo(1);
    }
}
