package dev.imgslim.analyze.zstd;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A zstd backward bitstream (RFC 8878, 4.1): written forwards, read from its end. The last byte's highest
 * set bit marks where the stream starts; bits are then read from the most significant end downwards.
 * Reading past the start yields zero bits and leaves {@link #remaining()} negative, which is how the FSE
 * decoders of Huffman weights notice the end.
 */
final class BackwardBits {
    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] buf;
    private final int start;
    private final int end;
    /** Unread bits: bit positions [0, remaining) of the stream, counted from the first byte's lowest bit. */
    private long remaining;

    BackwardBits(byte[] buf, int start, int end) throws ZstdFormatException {
        if (end <= start) throw new ZstdFormatException("empty bitstream");
        int last = buf[end - 1] & 0xff;
        if (last == 0) throw new ZstdFormatException("bitstream has no end mark (its last byte is zero)");
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.remaining = (long) (end - start) * 8 - (Integer.numberOfLeadingZeros(last) - 24) - 1;
    }

    /** Reads {@code n} (0..56) bits, the first read bit being the most significant. */
    long read(int n) {
        remaining -= n;
        return extract(remaining, n);
    }

    long peek(int n) {
        return extract(remaining - n, n);
    }

    void skip(int n) {
        remaining -= n;
    }

    long remaining() {
        return remaining;
    }

    private long extract(long lo, int n) {
        if (n == 0) return 0;
        if (lo < 0) {
            if (lo + n <= 0) return 0;
            return extract(0, (int) (n + lo)) << -lo;
        }
        int index = start + (int) (lo >>> 3);
        return (load(index) >>> (int) (lo & 7)) & ((1L << n) - 1);
    }

    private long load(int index) {
        if (index + 8 <= end) return (long) LONG_LE.get(buf, index);
        long v = 0;
        for (int i = end - 1; i >= index; i--) v = (v << 8) | (buf[i] & 0xff);
        return v;
    }
}
