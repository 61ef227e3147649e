package dev.imgslim.analyze.zstd;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The real {@code zstd} command (Debian's {@code zstd} package): it makes the frames the decoder is tested on. */
public final class ZstdCli {
    private ZstdCli() {}

    public static void require() {
        if (available()) return;
        String reason = "the zstd command is not on the PATH (apt-get install zstd; scripts/test-all installs it)";
        if ("true".equals(System.getenv("CI"))) fail(reason);
        System.out.println("skipped: " + reason);
        Assumptions.abort(reason);
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("zstd", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Compresses {@code input} with {@code zstd OPTIONS}; with {@code fromPipe} the data comes on stdin, so
     * the frame does not know its content size (as when a layer is compressed while it is being written).
     */
    public static byte[] compress(byte[] input, Path dir, boolean fromPipe, String... options)
            throws IOException, InterruptedException {
        Path in = Files.createTempFile(dir, "in", ".bin");
        Path out = Files.createTempFile(dir, "out", ".zst");
        Files.write(in, input);
        List<String> cmd = new ArrayList<>(List.of("zstd", "-q", "-f", "-c"));
        cmd.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (fromPipe) {
            pb.redirectInput(in.toFile());
        } else {
            cmd.add(in.toString());
            pb.command(cmd);
        }
        pb.redirectOutput(out.toFile());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) fail("zstd " + cmd + " failed");
        byte[] result = Files.readAllBytes(out);
        Files.delete(in);
        Files.delete(out);
        return result;
    }
}
