package dev.imgslim.analyze.zstd;

import java.util.Arrays;

/**
 * The decoded output of a frame as a ring: the last window of history for matches to copy from, plus the
 * block being decoded. A block is decoded only after the reader took everything before it, so a ring of
 * window size plus one block never overwrites history a match may still need. The ring starts small and
 * grows (before it first wraps) up to that size as output arrives, so a frame that declares a large
 * window but holds little costs little.
 */
final class Window {
    private static final int INITIAL = 1 << 16;

    private byte[] buf = new byte[0];
    /** The ring's current length (at most {@code buf.length}); it reaches {@link #limit} before it wraps. */
    private int cap;
    /** Window plus one block: the most the ring needs. */
    private int limit;
    /** Bytes of the current frame produced so far; the ring index is {@code total % cap}. */
    private long total;

    private int head;

    /** Starts a frame whose ring needs at most {@code capacity} bytes. */
    void startFrame(int capacity) {
        limit = capacity;
        cap = Math.min(capacity, Math.max(buf.length, INITIAL));
        if (buf.length < cap) buf = new byte[cap];
        total = 0;
        head = 0;
    }

    /** Makes room for a block of up to {@code block} bytes without losing history. */
    void reserve(int block) {
        if (cap >= limit || total + block <= cap) return;
        int grown = (int) Math.min(limit, Math.max(2L * cap, total + block));
        if (grown > buf.length) buf = Arrays.copyOf(buf, grown); // not wrapped yet: [0, total) is the history
        cap = grown;
        head = (int) total; // a block that ended exactly at the old length left head at 0
    }

    long total() {
        return total;
    }

    void put(byte[] src, int off, int len) {
        int first = Math.min(len, cap - head);
        System.arraycopy(src, off, buf, head, first);
        if (first < len) System.arraycopy(src, off + first, buf, 0, len - first);
        advance(len);
    }

    void fill(byte value, int len) {
        int first = Math.min(len, cap - head);
        Arrays.fill(buf, head, head + first, value);
        if (first < len) Arrays.fill(buf, 0, len - first, value);
        advance(len);
    }

    /** Copies {@code len} bytes from {@code offset} back; the ranges may overlap (a repeating pattern). */
    void copyMatch(int offset, int len) throws ZstdFormatException {
        if (offset <= 0 || offset > total || offset > cap) {
            throw new ZstdFormatException("match offset " + offset + " reaches before the frame's start");
        }
        int d = head;
        int s = d - offset;
        if (s < 0) s += cap;
        int left = len;
        while (left > 0) {
            int n = Math.min(left, Math.min(cap - d, cap - s));
            if (offset >= n) {
                System.arraycopy(buf, s, buf, d, n);
            } else {
                for (int i = 0; i < n; i++) buf[d + i] = buf[s + i];
            }
            left -= n;
            d += n;
            s += n;
            if (d == cap) d = 0;
            if (s == cap) s = 0;
        }
        advance(len);
    }

    private void advance(int len) {
        total += len;
        head += len; // len <= cap: at most one wrap
        if (head >= cap) head -= cap;
    }

    /** Copies produced bytes starting at frame position {@code from} (still in the ring) into {@code dst}. */
    void read(long from, byte[] dst, int off, int len) {
        int s = (int) (from % cap);
        int first = Math.min(len, cap - s);
        System.arraycopy(buf, s, dst, off, first);
        if (first < len) System.arraycopy(buf, 0, dst, off + first, len - first);
    }

    /** Feeds produced bytes starting at frame position {@code from} into the checksum. */
    void hash(long from, int len, XxHash64 hash) {
        int s = (int) (from % cap);
        int first = Math.min(len, cap - s);
        hash.update(buf, s, first);
        if (first < len) hash.update(buf, 0, len - first);
    }
}
