package dev.imgslim.analyze.zstd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pure-Java zstd decoder against frames the real {@code zstd} command makes (every level, long mode
 * and the corpus are in {@link ZstdLevelsTest}): sizes around the format's edges, checksums on and off, content size known or not, several frames and skippable frames in one stream, and damaged
 * streams, which must fail with a {@link ZstdFormatException} or another {@link IOException}, never with
 * anything else.
 */
class ZstdInputStreamTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void zstd() {
        ZstdCli.require();
    }

    @Test
    void emptyInput() throws Exception {
        byte[] compressed = ZstdCli.compress(new byte[0], dir, false);
        assertThat(decode(compressed)).isEmpty();
        assertThat(decode(ZstdCli.compress(new byte[0], dir, true))).isEmpty();
    }

    @Test
    void smallInputsOfEverySize() throws Exception {
        byte[] text = ZstdSamples.text(4096, 7);
        for (int n : new int[] {1, 5, 6, 7, 32, 33, 257, 4096}) {
            byte[] input = java.util.Arrays.copyOf(text, n);
            assertThat(decode(ZstdCli.compress(input, dir, false, "-19")))
                    .as("%d bytes", n)
                    .isEqualTo(input);
            assertThat(decode(ZstdCli.compress(input, dir, true, "-1")))
                    .as("%d bytes piped", n)
                    .isEqualTo(input);
        }
    }

    @Test
    void randomDataIsStoredRawAndZerosAsRle() throws Exception {
        byte[] random = ZstdSamples.random(400_000, 3);
        assertThat(roundTrip(random, ZstdCli.compress(random, dir, false, "-3")).rawBlocks)
                .isPositive();
        byte[] zeros = new byte[1_000_000];
        DecodeStats rle = roundTrip(zeros, ZstdCli.compress(zeros, dir, true, "-1"));
        System.out.println("zeros: " + rle);
        assertThat(rle.rleBlocks + rle.rleLiterals + rle.rleTables).isPositive();
    }

    @Test
    void withoutChecksumOrContentSizeAndFromAPipe() throws Exception {
        byte[] input = ZstdSamples.mixed(500_000, 4);
        DecodeStats noCheck = roundTrip(input, ZstdCli.compress(input, dir, false, "--no-check", "-5"));
        assertThat(noCheck.checksums).isZero();
        roundTrip(input, ZstdCli.compress(input, dir, false, "--no-content-size", "-3"));
        roundTrip(input, ZstdCli.compress(input, dir, true, "-12"));
    }

    @Test
    void severalFramesAndSkippableFramesInOneStream() throws Exception {
        byte[] a = ZstdSamples.text(200_000, 8);
        byte[] b = ZstdSamples.mixed(150_000, 9);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(skippable(0x184D2A50, "metadata before".getBytes(StandardCharsets.UTF_8)));
        stream.write(ZstdCli.compress(a, dir, false, "-3"));
        stream.write(skippable(0x184D2A5F, new byte[0]));
        stream.write(ZstdCli.compress(b, dir, true, "-7"));
        stream.write(ZstdCli.compress(new byte[0], dir, false));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(a);
        expected.write(b);
        DecodeStats stats = roundTrip(expected.toByteArray(), stream.toByteArray());
        assertThat(stats.frames).isEqualTo(3);
        assertThat(stats.skippableFrames).isEqualTo(2);
    }

    @Test
    void aWrongChecksumIsReported() throws Exception {
        byte[] input = ZstdSamples.text(100_000, 10);
        byte[] compressed = ZstdCli.compress(input, dir, false, "-3");
        compressed[compressed.length - 1] ^= 0x40; // the checksum's last byte
        assertThatThrownBy(() -> decode(compressed))
                .isInstanceOf(ZstdFormatException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void aTruncatedStreamIsReportedAtEveryCut() throws Exception {
        byte[] input = ZstdSamples.mixed(60_000, 11);
        byte[] compressed = ZstdCli.compress(input, dir, false, "-3");
        for (int cut = 1; cut < compressed.length; cut += Math.max(1, compressed.length / 97)) {
            byte[] part = java.util.Arrays.copyOf(compressed, cut);
            assertThatThrownBy(() -> decode(part)).as("cut at %d", cut).isInstanceOf(ZstdFormatException.class);
        }
    }

    @Test
    void damagedStreamsFailWithAnIoExceptionOnly() throws Exception {
        byte[] input = ZstdSamples.mixed(30_000, 12);
        byte[] compressed = ZstdCli.compress(input, dir, false, "-6");
        Random random = new Random(13);
        int detected = 0;
        for (int i = 0; i < 300; i++) {
            byte[] damaged = compressed.clone();
            int flips = 1 + random.nextInt(3);
            for (int f = 0; f < flips; f++) damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            try {
                byte[] out = decode(damaged);
                assertThat(out)
                        .as("damaged stream %d decoded without an error", i)
                        .isEqualTo(input);
            } catch (IOException expected) {
                detected++;
            }
        }
        System.out.println("damaged streams: " + detected + " of 300 detected, the rest decoded to the input");
        assertThat(detected).isGreaterThan(250);
    }

    @Test
    void aDictionaryFrameIsRefusedNamingIt() {
        // magic, descriptor (dictionary id in 1 byte, single segment), dictionary 7, content size 0
        byte[] frame = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x21, 7, 0};
        assertThatThrownBy(() -> decode(frame)).hasMessageContaining("dictionary 7");
    }

    static DecodeStats roundTrip(byte[] input, byte[] compressed) throws IOException {
        ZstdInputStream in = new ZstdInputStream(new ByteArrayInputStream(compressed));
        byte[] out = readInOddChunks(in);
        assertThat(sha(out)).as("decoded bytes").isEqualTo(sha(input));
        assertThat(out.length).isEqualTo(input.length);
        return in.stats();
    }

    static byte[] decode(byte[] compressed) throws IOException {
        return readInOddChunks(new ZstdInputStream(new ByteArrayInputStream(compressed)));
    }

    /** Reads with varying buffer sizes and single bytes, as a tar reader does. */
    private static byte[] readInOddChunks(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[70_001];
        int[] sizes = {1, 512, 7, 70_001, 4096, 3};
        for (int i = 0; ; i++) {
            int size = sizes[i % sizes.length];
            if (size == 1) {
                int b = in.read();
                if (b < 0) break;
                out.write(b);
                continue;
            }
            int n = in.read(buf, 0, size);
            if (n < 0) break;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] skippable(int magic, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLe(out, magic);
        writeLe(out, content.length);
        out.write(content, 0, content.length);
        return out.toByteArray();
    }

    private static void writeLe(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) out.write(v >>> (8 * i));
    }

    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void add(DecodeStats total, DecodeStats s) {
        total.frames += s.frames;
        total.checksums += s.checksums;
        total.rawBlocks += s.rawBlocks;
        total.rleBlocks += s.rleBlocks;
        total.compressedBlocks += s.compressedBlocks;
        total.rawLiterals += s.rawLiterals;
        total.rleLiterals += s.rleLiterals;
        total.huffmanLiterals += s.huffmanLiterals;
        total.treelessLiterals += s.treelessLiterals;
        total.fourStreamLiterals += s.fourStreamLiterals;
        total.fseWeights += s.fseWeights;
        total.directWeights += s.directWeights;
        total.predefinedTables += s.predefinedTables;
        total.rleTables += s.rleTables;
        total.fseTables += s.fseTables;
        total.repeatTables += s.repeatTables;
        total.sequences += s.sequences;
        total.repeatOffsets += s.repeatOffsets;
    }
}
