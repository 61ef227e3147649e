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
 * An Error (not an Exception) inside a command is exit 70 and one line; the stack trace only with
 * --verbose. Run as a real process with a small heap so that the Error is a real OutOfMemoryError.
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
    void anOutOfMemoryErrorIsOneLineAndExit70() throws Exception {
        assumeTrue(new File("/dev/zero").canRead());
        // the cap raised far beyond the heap: reading /dev/zero runs out of memory
        Run r = imgslim("lint", "--max-file-size", "1GiB", "/dev/zero");
        assertThat(r.code()).as(r.err()).isEqualTo(70);
        assertThat(r.err().trim())
                .startsWith("imgslim: internal error: OutOfMemoryError")
                .doesNotContain("\tat ");
        assertThat(r.err().trim().lines().count()).isEqualTo(1);

        Run verbose = imgslim("lint", "--verbose", "--max-file-size", "1GiB", "/dev/zero");
        assertThat(verbose.code()).isEqualTo(70);
        assertThat(verbose.err()).contains("OutOfMemoryError").contains("\tat ");
    }
}
