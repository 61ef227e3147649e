package dev.imgslim.analyze.zstd;

/**
 * A finite state entropy decoding table (RFC 8878, 4.1): per state the symbol it emits, how many bits the
 * next state needs and the baseline they are added to.
 */
final class FseTable {
    final int accuracyLog;
    final byte[] symbol;
    final byte[] nbBits;
    final int[] baseline;

    private FseTable(int accuracyLog) {
        this.accuracyLog = accuracyLog;
        int size = 1 << accuracyLog;
        this.symbol = new byte[size];
        this.nbBits = new byte[size];
        this.baseline = new int[size];
    }

    /** The one-state table of RLE mode: always {@code sym}, reading no bits. */
    static FseTable rle(int sym) {
        FseTable t = new FseTable(0);
        t.symbol[0] = (byte) sym;
        return t;
    }

    /**
     * Builds the table from normalized counts ({@code -1} = "less than 1", one cell at the table's end), RFC
     * 8878 4.1.1.
     */
    static FseTable build(short[] norm, int symbols, int accuracyLog) throws ZstdFormatException {
        FseTable t = new FseTable(accuracyLog);
        int size = 1 << accuracyLog;
        int high = size - 1;
        int[] next = new int[symbols];
        for (int s = 0; s < symbols; s++) {
            if (norm[s] == -1) {
                t.symbol[high--] = (byte) s;
                next[s] = 1;
            } else {
                next[s] = norm[s];
            }
        }
        int step = (size >>> 1) + (size >>> 3) + 3;
        int mask = size - 1;
        int pos = 0;
        for (int s = 0; s < symbols; s++) {
            for (int i = 0; i < norm[s]; i++) {
                t.symbol[pos] = (byte) s;
                do {
                    pos = (pos + step) & mask;
                } while (pos > high);
            }
        }
        if (pos != 0) throw new ZstdFormatException("FSE distribution does not fill its table");
        for (int u = 0; u < size; u++) {
            int s = t.symbol[u] & 0xff;
            int state = next[s]++;
            int bits = accuracyLog - (31 - Integer.numberOfLeadingZeros(state));
            t.nbBits[u] = (byte) bits;
            t.baseline[u] = (state << bits) - size;
        }
        return t;
    }

    /** A table read from an FSE table description; {@link #length} tells how many bytes it took. */
    record Read(FseTable table, int length) {}

    /**
     * Reads an FSE table description (RFC 8878, 4.1.1) from {@code buf[pos, end)}.
     *
     * @param maxSymbol the largest symbol the alphabet has
     * @param maxLog the largest accuracy log allowed for it
     */
    static Read read(byte[] buf, int pos, int end, int maxSymbol, int maxLog) throws ZstdFormatException {
        if (pos >= end) throw new ZstdFormatException("FSE table description is missing");
        ForwardBits in = new ForwardBits(buf, pos, end);
        int accuracyLog = in.read(4) + 5;
        if (accuracyLog > maxLog) {
            throw new ZstdFormatException("FSE accuracy log " + accuracyLog + " is over the maximum " + maxLog);
        }
        short[] norm = new short[maxSymbol + 1];
        int remaining = (1 << accuracyLog) + 1;
        int threshold = 1 << accuracyLog;
        int bits = accuracyLog + 1;
        int sym = 0;
        while (remaining > 1) {
            if (sym > maxSymbol) throw new ZstdFormatException("FSE distribution has too many symbols");
            int max = (2 * threshold - 1) - remaining;
            int value;
            int low = in.peek(bits - 1);
            if (low < max) {
                value = low;
                in.skip(bits - 1);
            } else {
                value = in.read(bits);
                if (value >= threshold) value -= max;
            }
            int count = value - 1;
            remaining -= Math.abs(count);
            norm[sym++] = (short) count;
            if (count == 0) {
                int repeat;
                do {
                    repeat = in.read(2);
                    if (sym + repeat > maxSymbol + 1)
                        throw new ZstdFormatException("FSE distribution has too many symbols");
                    sym += repeat; // those symbols keep probability 0
                } while (repeat == 3);
            }
            while (remaining < threshold && threshold > 1) {
                bits--;
                threshold >>>= 1;
            }
        }
        if (remaining != 1) throw new ZstdFormatException("FSE distribution does not add up to its table size");
        int length = in.bytesUsed();
        if (pos + length > end) throw new ZstdFormatException("FSE table description runs past its section");
        return new Read(build(norm, sym, accuracyLog), length);
    }
}
