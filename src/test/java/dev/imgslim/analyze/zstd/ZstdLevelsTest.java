package dev.imgslim.analyze.zstd;

import static dev.imgslim.analyze.zstd.ZstdInputStreamTest.add;
import static dev.imgslim.analyze.zstd.ZstdInputStreamTest.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.testsupport.RealCorpus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoder against the real {@code zstd} at every level 1..19, in long mode (a window over 8 MB), and on
 * the real Dockerfile corpus tarred, with the decoding speed printed. Minutes of compression on a busy
 * machine: tagged slow.
 */
@Tag("slow")
class ZstdLevelsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void zstd() {
        ZstdCli.require();
    }

    @Test
    void everyLevelDecodesToTheInput() throws Exception {
        byte[] input = ZstdSamples.mixed(300_000, 1);
        DecodeStats total = new DecodeStats();
        for (int level = 1; level <= 19; level++) {
            byte[] compressed = ZstdCli.compress(input, dir, false, "-" + level);
            DecodeStats stats = roundTrip(input, compressed);
            System.out.printf(
                    "zstd -%d: %d -> %d bytes, decoded equal; %s%n", level, input.length, compressed.length, stats);
            add(total, stats);
            for (int size : new int[] {300, 3000}) {
                byte[] small = ZstdSamples.text(size, level);
                add(total, roundTrip(small, ZstdCli.compress(small, dir, false, "-" + level)));
            }
        }
        System.out.println("all levels: " + total);
        // the sweep meets every part of a compressed block
        assertThat(total.compressedBlocks).isPositive();
        assertThat(total.huffmanLiterals).isPositive();
        assertThat(total.treelessLiterals).isPositive();
        assertThat(total.fourStreamLiterals).isPositive();
        assertThat(total.fseWeights).isPositive();
        assertThat(total.predefinedTables).isPositive();
        assertThat(total.fseTables).isPositive();
        assertThat(total.repeatTables).isPositive();
        assertThat(total.repeatOffsets).isPositive();
        assertThat(total.checksums).isEqualTo(19 * 3);
    }

    @Test
    void longModeWithMatchesFurtherBackThanTheDefaultWindow() throws Exception {
        // 9 MB of random data twice: only a window over 9 MB finds the second copy
        byte[] half = ZstdSamples.random(9_000_000, 5);
        byte[] input = new byte[half.length * 2];
        System.arraycopy(half, 0, input, 0, half.length);
        System.arraycopy(half, 0, input, half.length, half.length);
        byte[] compressed = ZstdCli.compress(input, dir, true, "--long=27", "-1");
        System.out.printf("--long=27: %d -> %d bytes%n", input.length, compressed.length);
        assertThat(compressed.length).isLessThan(half.length + half.length / 10);
        roundTrip(input, compressed);
    }

    @Test
    @Tag("shared")
    void theCorpusTarredAtSeveralLevels() throws Exception {
        Process tar = new ProcessBuilder(
                        "tar", "-cf", "-", "-C", RealCorpus.real().toString(), ".")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] input = tar.getInputStream().readAllBytes();
        assertThat(tar.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(tar.exitValue()).isZero();
        for (String level : new String[] {"-1", "-3", "-9", "-19", "--ultra -22"}) {
            byte[] compressed = ZstdCli.compress(input, dir, true, level.split(" "));
            DecodeStats stats = roundTrip(input, compressed);
            System.out.printf(
                    "corpus tar (%d bytes) zstd %s: %d bytes; %s%n", input.length, level, compressed.length, stats);
        }
    }

    @Test
    void decodingSpeed() throws Exception {
        byte[] input = ZstdSamples.mixed(32_000_000, 21);
        byte[] compressed = ZstdCli.compress(input, dir, true, "-3");
        byte[] buf = new byte[1 << 16];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            try (InputStream in = new ZstdInputStream(new ByteArrayInputStream(compressed))) {
                while (in.read(buf) >= 0) {
                    // drain
                }
            }
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
        }
        System.out.printf(
                "zstd decode: %d -> %d bytes in %d ms of CPU (best of 3): %.0f MB/s of output%n",
                compressed.length, input.length, best / 1_000_000, input.length / (best / 1e3));
        roundTrip(input, compressed);
    }
}
