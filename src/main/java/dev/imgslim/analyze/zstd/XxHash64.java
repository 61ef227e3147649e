package dev.imgslim.analyze.zstd;

/** Streaming XXH64 (seed 0), whose low 32 bits are a zstd frame's content checksum (RFC 8878, 3.1.1). */
final class XxHash64 {
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private long v1;
    private long v2;
    private long v3;
    private long v4;
    private long length;
    private final byte[] pending = new byte[32];
    private int pendingLength;

    XxHash64() {
        reset();
    }

    @SuppressWarnings("ConstantOverflow") // xxHash64 is defined on wrapping (unsigned) 64-bit arithmetic
    void reset() {
        v1 = P1 + P2;
        v2 = P2;
        v3 = 0;
        v4 = -P1;
        length = 0;
        pendingLength = 0;
    }

    void update(byte[] b, int off, int len) {
        length += len;
        if (pendingLength > 0) {
            int n = Math.min(len, 32 - pendingLength);
            System.arraycopy(b, off, pending, pendingLength, n);
            pendingLength += n;
            off += n;
            len -= n;
            if (pendingLength < 32) return;
            stripe(pending, 0);
            pendingLength = 0;
        }
        while (len >= 32) {
            stripe(b, off);
            off += 32;
            len -= 32;
        }
        System.arraycopy(b, off, pending, 0, len);
        pendingLength = len;
    }

    private void stripe(byte[] b, int off) {
        v1 = round(v1, le64(b, off));
        v2 = round(v2, le64(b, off + 8));
        v3 = round(v3, le64(b, off + 16));
        v4 = round(v4, le64(b, off + 24));
    }

    long digest() {
        long h;
        if (length >= 32) {
            h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            h = merge(h, v1);
            h = merge(h, v2);
            h = merge(h, v3);
            h = merge(h, v4);
        } else {
            h = P5;
        }
        h += length;
        int i = 0;
        for (; i + 8 <= pendingLength; i += 8) {
            h ^= round(0, le64(pending, i));
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (i + 4 <= pendingLength) {
            h ^= (le32(pending, i) & 0xFFFFFFFFL) * P1;
            h = Long.rotateLeft(h, 23) * P2 + P3;
            i += 4;
        }
        for (; i < pendingLength; i++) {
            h ^= (pending[i] & 0xffL) * P5;
            h = Long.rotateLeft(h, 11) * P1;
        }
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        h ^= h >>> 32;
        return h;
    }

    private static long round(long acc, long lane) {
        acc += lane * P2;
        acc = Long.rotateLeft(acc, 31);
        return acc * P1;
    }

    private static long merge(long h, long v) {
        h ^= round(0, v);
        return h * P1 + P4;
    }

    private static long le64(byte[] b, int i) {
        return (le32(b, i) & 0xFFFFFFFFL) | ((long) le32(b, i + 4) << 32);
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }
}
