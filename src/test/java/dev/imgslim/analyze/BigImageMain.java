package dev.imgslim.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Run in a JVM of its own with a small heap by {@link BoundedMemoryTest}: streams a {@code docker save}
 * archive of about 2 GB, generated on the fly (never held anywhere), through the same reader the engine
 * path uses, and prints the wasted bytes and the heap it peaked at.
 */
public final class BigImageMain {

    static final long FILE = 1_000_000_000L;

    public static void main(String[] args) throws IOException {
        List<InputStream> parts = new ArrayList<>();
        // layer 1: two 1 GB files; layer 2: a whiteout for the second
        long layer1 = 512 + FILE + 512 + FILE + 1024;
        parts.add(header("l1/layer.tar", layer1));
        parts.add(header("big1", FILE));
        parts.add(new Zeros(FILE));
        parts.add(header("big2", FILE));
        parts.add(new Zeros(FILE));
        parts.add(new Zeros(1024));
        long layer2 = 512 + 1024;
        parts.add(header("l2/layer.tar", layer2));
        parts.add(header(".wh.big2", 0));
        parts.add(new Zeros(1024));
        String config =
                "{\"os\":\"linux\",\"architecture\":\"amd64\",\"rootfs\":{\"diff_ids\":[\"sha256:1\",\"sha256:2\"]},"
                        + "\"history\":[{\"created_by\":\"/bin/sh -c write\"},{\"created_by\":\"/bin/sh -c rm /big2\"}]}";
        String manifest = "[{\"Config\":\"config.json\",\"Layers\":[\"l1/layer.tar\",\"l2/layer.tar\"]}]";
        parts.add(file("config.json", config));
        parts.add(file("manifest.json", manifest));
        parts.add(new Zeros(1024));
        InputStream saved = new SequenceInputStream(Collections.enumeration(parts));
        ImageReading reading = new ImageReading(ProgressLine.OFF);
        ImageLayers image = reading.stack(SavedImageArchive.read("big", saved, reading));
        Runtime rt = Runtime.getRuntime();
        System.out.println("layerBytes=" + image.totalLayerBytes() + " wasted=" + image.wastedBytes() + " maxHeap="
                + rt.maxMemory() + " usedHeap=" + (rt.totalMemory() - rt.freeMemory()));
    }

    private static InputStream file(String name, String content) {
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        int pad = (int) ((512 - b.length % 512) % 512);
        return new SequenceInputStream(Collections.enumeration(
                List.of(header(name, b.length), new java.io.ByteArrayInputStream(b), new Zeros(pad))));
    }

    /** A ustar header for a regular file (sizes past 8 GB would need base-256; not here). */
    static InputStream header(String name, long size) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", size));
        put(h, 136, String.format("%011o", 1_700_000_000L));
        h[156] = '0';
        put(h, 257, "ustar");
        put(h, 263, "00");
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte x : h) sum += x & 0xff;
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        return new java.io.ByteArrayInputStream(h);
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }

    /** n zero bytes, made as they are read. */
    static final class Zeros extends InputStream {
        private long left;

        Zeros(long n) {
            left = n;
        }

        @Override
        public int read() {
            if (left <= 0) return -1;
            left--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) return -1;
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
