package dev.imgslim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs imgslim's {@link Main} in a child JVM with the test's class path, for what only a whole process
 * shows (heap limits, exit codes, what reaches the terminal). Output goes through files, so a child
 * that writes a lot cannot block on a full pipe.
 */
public final class ChildJvm {
    /** What the child printed and how it ended. */
    public record Run(int code, String out, String err) {}

    private ChildJvm() {}

    /**
     * @param jvmOptions options for the child JVM (e.g. {@code -Xmx128m})
     * @param timeoutSeconds the test fails when the child takes longer
     */
    public static Run imgslim(List<String> jvmOptions, long timeoutSeconds, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("imgslim-out", ".txt");
        Path err = Files.createTempFile("imgslim-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertThat(p.waitFor(timeoutSeconds, TimeUnit.SECONDS)).isTrue();
            return new Run(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
