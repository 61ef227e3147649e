package dev.imgslim.analyze.zstd;

/** Reads little-endian bit fields forwards, as FSE table descriptions are written (RFC 8878, 4.1.1). */
final class ForwardBits {
    private final byte[] buf;
    private final int start;
    private final int end;
    private long pos;

    ForwardBits(byte[] buf, int start, int end) {
        this.buf = buf;
        this.start = start;
        this.end = end;
    }

    /** Bits past the end read as zeros; the caller checks {@link #bytesUsed()} against what it had. */
    int peek(int n) {
        long v = 0;
        int first = start + (int) (pos >>> 3);
        int last = Math.min(end, start + (int) ((pos + n + 7) >>> 3));
        for (int i = last - 1; i >= first; i--) v = (v << 8) | (buf[i] & 0xff);
        return (int) ((v >>> (pos & 7)) & ((1L << n) - 1));
    }

    void skip(int n) {
        pos += n;
    }

    int read(int n) {
        int v = peek(n);
        pos += n;
        return v;
    }

    /** The bytes consumed, the last partial byte included. */
    int bytesUsed() {
        return (int) ((pos + 7) >>> 3);
    }
}
