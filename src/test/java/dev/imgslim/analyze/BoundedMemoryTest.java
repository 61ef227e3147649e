package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 2 GB image is analyzed in a JVM with {@code -Xmx256m}: layers are streamed, never held. The
 * archive is generated as it is read (no disk, no daemon), so this checks the reader, not the engine's
 * transport; the same image through the engine was measured by hand (README, analyze).
 */
@Tag("slow")
class BoundedMemoryTest {

    @Test
    void twoGigabytesThroughA256MegabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BigImageMain.class.getName())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("layerBytes=2000000000 wasted=1000000000");
    }
}
