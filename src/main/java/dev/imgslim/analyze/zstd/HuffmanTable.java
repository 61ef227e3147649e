package dev.imgslim.analyze.zstd;

/**
 * The Huffman prefix code of literals (RFC 8878, 4.2): read from its tree description (weights, direct or
 * FSE-compressed), kept as a lookup table indexed by the next {@link #maxBits} bits.
 */
final class HuffmanTable {
    private static final int MAX_BITS = 11;

    private final int maxBits;
    private final byte[] symbols;
    private final byte[] lengths;

    private HuffmanTable(int maxBits, byte[] symbols, byte[] lengths) {
        this.maxBits = maxBits;
        this.symbols = symbols;
        this.lengths = lengths;
    }

    /** A table read from a tree description, and the description's length in bytes. */
    record Read(HuffmanTable table, int length) {}

    static Read read(byte[] buf, int pos, int end) throws ZstdFormatException {
        if (pos >= end) throw new ZstdFormatException("Huffman tree description is missing");
        int header = buf[pos] & 0xff;
        byte[] weights = new byte[256];
        int count;
        int length;
        if (header >= 128) {
            count = header - 127;
            length = 1 + (count + 1) / 2;
            if (pos + length > end) throw new ZstdFormatException("Huffman weights run past the literals section");
            for (int i = 0; i < count; i++) {
                int b = buf[pos + 1 + i / 2] & 0xff;
                weights[i] = (byte) ((i & 1) == 0 ? b >>> 4 : b & 15);
            }
        } else {
            length = 1 + header;
            if (pos + length > end) throw new ZstdFormatException("Huffman weights run past the literals section");
            count = fseWeights(buf, pos + 1, pos + length, weights);
        }
        return new Read(fromWeights(weights, count), length);
    }

    /** Weights compressed with FSE: two interleaved states over one backward bitstream (RFC 8878, 4.2.1.2). */
    private static int fseWeights(byte[] buf, int start, int end, byte[] weights) throws ZstdFormatException {
        FseTable.Read read = FseTable.read(buf, start, end, 255, 6);
        FseTable t = read.table();
        BackwardBits bits = new BackwardBits(buf, start + read.length(), end);
        int[] states = {(int) bits.read(t.accuracyLog), (int) bits.read(t.accuracyLog)};
        int n = 0;
        // The states take turns; when the stream runs out, the other state's symbol is the last weight.
        for (int k = 0; ; k ^= 1) {
            if (n >= 255) throw new ZstdFormatException("too many Huffman weights");
            weights[n++] = t.symbol[states[k]];
            states[k] = t.baseline[states[k]] + (int) bits.read(t.nbBits[states[k]]);
            if (bits.remaining() < 0) {
                weights[n++] = t.symbol[states[k ^ 1]];
                break;
            }
        }
        return n;
    }

    /** The last symbol's weight is implied: the one that makes the code complete. */
    private static HuffmanTable fromWeights(byte[] weights, int count) throws ZstdFormatException {
        int total = 0;
        for (int i = 0; i < count; i++) {
            int w = weights[i];
            if (w > MAX_BITS) throw new ZstdFormatException("Huffman weight " + w + " is over " + MAX_BITS);
            if (w > 0) total += 1 << (w - 1);
        }
        if (total == 0) throw new ZstdFormatException("Huffman weights are all zero");
        int maxBits = 32 - Integer.numberOfLeadingZeros(total);
        if (maxBits > MAX_BITS) throw new ZstdFormatException("Huffman code longer than " + MAX_BITS + " bits");
        int rest = (1 << maxBits) - total;
        if (Integer.bitCount(rest) != 1) throw new ZstdFormatException("Huffman weights do not form a complete code");
        if (count >= 256) throw new ZstdFormatException("too many Huffman weights");
        weights[count] = (byte) (32 - Integer.numberOfLeadingZeros(rest));
        int symbolsCount = count + 1;
        int size = 1 << maxBits;
        byte[] symbols = new byte[size];
        byte[] lengths = new byte[size];
        int pos = 0;
        for (int w = 1; w <= maxBits; w++) {
            for (int s = 0; s < symbolsCount; s++) {
                if (weights[s] != w) continue;
                int span = 1 << (w - 1);
                byte len = (byte) (maxBits + 1 - w);
                for (int i = 0; i < span; i++) {
                    symbols[pos + i] = (byte) s;
                    lengths[pos + i] = len;
                }
                pos += span;
            }
        }
        if (pos != size) throw new ZstdFormatException("Huffman weights do not form a complete code");
        return new HuffmanTable(maxBits, symbols, lengths);
    }

    /** Decodes {@code count} literals from the stream {@code buf[start, end)} into {@code out[outPos...]}. */
    void decode(byte[] buf, int start, int end, byte[] out, int outPos, int count) throws ZstdFormatException {
        BackwardBits bits = new BackwardBits(buf, start, end);
        int stop = outPos + count;
        for (int o = outPos; o < stop; o++) {
            int index = (int) bits.peek(maxBits);
            out[o] = symbols[index];
            bits.skip(lengths[index]);
        }
        if (bits.remaining() != 0) throw new ZstdFormatException("Huffman stream does not end where its literals do");
    }
}
