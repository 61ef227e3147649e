package dev.imgslim.analyze.zstd;

import java.util.Arrays;

/**
 * Decodes compressed blocks (RFC 8878, 3.1.1.3) into the {@link Window}: the literals section, then the
 * sequences, executed as they are decoded. Holds what a frame's blocks share: the last Huffman table, the
 * last FSE tables (for treeless literals and repeat mode) and the three repeat offsets.
 */
final class BlockDecoder {
    static final int MAX_BLOCK = 128 * 1024;

    private static final int[] LL_BASE = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32, 40, 48, 64, 128, 256, 512,
        1024, 2048, 4096, 8192, 16384, 32768, 65536
    };
    private static final int[] LL_BITS = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        16
    };
    private static final int[] ML_BASE = {
        3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
        33, 34, 35, 37, 39, 41, 43, 47, 51, 59, 67, 83, 99, 131, 259, 515, 1027, 2051, 4099, 8195, 16387, 32771, 65539
    };
    private static final int[] ML_BITS = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2,
        2, 3, 3, 4, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
    };
    private static final short[] LL_DEFAULT = {
        4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 1, 1, 1, 1, 1, -1, -1, -1, -1
    };
    private static final short[] ML_DEFAULT = {
        1, 4, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1
    };
    private static final short[] OF_DEFAULT = {
        1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1
    };
    private static final FseTable LL_PREDEFINED = predefined(LL_DEFAULT, 6);
    private static final FseTable ML_PREDEFINED = predefined(ML_DEFAULT, 6);
    private static final FseTable OF_PREDEFINED = predefined(OF_DEFAULT, 5);

    private static FseTable predefined(short[] norm, int log) {
        try {
            return FseTable.build(norm, norm.length, log);
        } catch (ZstdFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private final byte[] literals = new byte[MAX_BLOCK];
    private HuffmanTable huffman;
    private FseTable llTable;
    private FseTable ofTable;
    private FseTable mlTable;
    private final int[] rep = new int[3];
    private final DecodeStats stats;

    BlockDecoder(DecodeStats stats) {
        this.stats = stats;
    }

    /** A new frame: no tables yet, repeat offsets back to 1, 4, 8. */
    void resetFrame() {
        huffman = null;
        llTable = null;
        ofTable = null;
        mlTable = null;
        rep[0] = 1;
        rep[1] = 4;
        rep[2] = 8;
    }

    /** Decodes the block {@code buf[0, size)} into {@code out}; returns the bytes it produced. */
    int decode(byte[] buf, int size, Window out, int maxBlock) throws ZstdFormatException {
        long before = out.total();
        int pos = decodeLiterals(buf, size);
        decodeSequences(buf, pos, size, out, literalsDecoded, before + maxBlock);
        return (int) (out.total() - before);
    }

    /** How many literals the last literals section held. */
    private int literalsDecoded;

    private int decodeLiterals(byte[] buf, int size) throws ZstdFormatException {
        if (size < 1) throw new ZstdFormatException("compressed block is empty");
        int b0 = buf[0] & 0xff;
        int type = b0 & 3;
        int sizeFormat = (b0 >>> 2) & 3;
        if (type == 0 || type == 1) {
            int regenerated;
            int header;
            switch (sizeFormat) {
                case 0, 2 -> {
                    regenerated = b0 >>> 3;
                    header = 1;
                }
                case 1 -> {
                    need(2, size);
                    regenerated = (b0 >>> 4) + ((buf[1] & 0xff) << 4);
                    header = 2;
                }
                default -> {
                    need(3, size);
                    regenerated = (b0 >>> 4) + ((buf[1] & 0xff) << 4) + ((buf[2] & 0xff) << 12);
                    header = 3;
                }
            }
            if (regenerated > MAX_BLOCK) throw new ZstdFormatException("literals section larger than a block");
            literalsDecoded = regenerated;
            if (type == 0) {
                stats.rawLiterals++;
                need(header + regenerated, size);
                System.arraycopy(buf, header, literals, 0, regenerated);
                return header + regenerated;
            }
            need(header + 1, size);
            stats.rleLiterals++;
            Arrays.fill(literals, 0, regenerated, buf[header]);
            return header + 1;
        }
        int header;
        int regenerated;
        int compressed;
        boolean fourStreams = sizeFormat != 0;
        switch (sizeFormat) {
            case 0, 1 -> {
                need(3, size);
                int v = b0 | (buf[1] & 0xff) << 8 | (buf[2] & 0xff) << 16;
                regenerated = (v >>> 4) & 0x3FF;
                compressed = (v >>> 14) & 0x3FF;
                header = 3;
            }
            case 2 -> {
                need(4, size);
                long v = (b0 | (buf[1] & 0xff) << 8 | (buf[2] & 0xff) << 16) | (long) (buf[3] & 0xff) << 24;
                regenerated = (int) ((v >>> 4) & 0x3FFF);
                compressed = (int) ((v >>> 18) & 0x3FFF);
                header = 4;
            }
            default -> {
                need(5, size);
                long v = (b0 | (buf[1] & 0xff) << 8 | (buf[2] & 0xff) << 16)
                        | (long) (buf[3] & 0xff) << 24
                        | (long) (buf[4] & 0xff) << 32;
                regenerated = (int) ((v >>> 4) & 0x3FFFF);
                compressed = (int) ((v >>> 22) & 0x3FFFF);
                header = 5;
            }
        }
        if (regenerated > MAX_BLOCK) throw new ZstdFormatException("literals section larger than a block");
        need(header + compressed, size);
        int pos = header;
        int end = header + compressed;
        if (type == 2) {
            stats.huffmanLiterals++;
            HuffmanTable.Read read = HuffmanTable.read(buf, pos, end);
            if ((buf[pos] & 0xff) < 128) stats.fseWeights++;
            else stats.directWeights++;
            huffman = read.table();
            pos += read.length();
        } else if (huffman == null) {
            throw new ZstdFormatException("treeless literals with no earlier Huffman table");
        } else {
            stats.treelessLiterals++;
        }
        if (!fourStreams) {
            huffman.decode(buf, pos, end, literals, 0, regenerated);
        } else {
            stats.fourStreamLiterals++;
            if (pos + 6 > end) throw new ZstdFormatException("literals jump table is cut off");
            int s1 = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8;
            int s2 = (buf[pos + 2] & 0xff) | (buf[pos + 3] & 0xff) << 8;
            int s3 = (buf[pos + 4] & 0xff) | (buf[pos + 5] & 0xff) << 8;
            int start1 = pos + 6;
            int start2 = start1 + s1;
            int start3 = start2 + s2;
            int start4 = start3 + s3;
            if (start4 > end) throw new ZstdFormatException("literals jump table points past its section");
            int part = (regenerated + 3) / 4;
            if (3 * part > regenerated) throw new ZstdFormatException("four literal streams for too few literals");
            huffman.decode(buf, start1, start2, literals, 0, part);
            huffman.decode(buf, start2, start3, literals, part, part);
            huffman.decode(buf, start3, start4, literals, 2 * part, part);
            huffman.decode(buf, start4, end, literals, 3 * part, regenerated - 3 * part);
        }
        literalsDecoded = regenerated;
        return end;
    }

    private void decodeSequences(byte[] buf, int pos, int size, Window out, int literalCount, long limit)
            throws ZstdFormatException {
        need(pos + 1, size);
        int b0 = buf[pos] & 0xff;
        int sequences;
        if (b0 == 0) {
            if (pos + 1 != size) throw new ZstdFormatException("bytes after an empty sequences section");
            if (literalCount > limit - out.total()) {
                throw new ZstdFormatException("block decodes to more than the maximum block size");
            }
            out.put(literals, 0, literalCount);
            return;
        } else if (b0 < 128) {
            sequences = b0;
            pos += 1;
        } else if (b0 < 255) {
            need(pos + 2, size);
            sequences = ((b0 - 128) << 8) + (buf[pos + 1] & 0xff);
            pos += 2;
        } else {
            need(pos + 3, size);
            sequences = (buf[pos + 1] & 0xff) + ((buf[pos + 2] & 0xff) << 8) + 0x7F00;
            pos += 3;
        }
        need(pos + 1, size);
        int modes = buf[pos++] & 0xff;
        if ((modes & 3) != 0) throw new ZstdFormatException("reserved bits set in the sequence compression modes");
        pos = table(buf, pos, size, modes >>> 6, 35, 9, Kind.LITERAL_LENGTH);
        pos = table(buf, pos, size, (modes >>> 4) & 3, 31, 8, Kind.OFFSET);
        pos = table(buf, pos, size, (modes >>> 2) & 3, 52, 9, Kind.MATCH_LENGTH);

        BackwardBits bits = new BackwardBits(buf, pos, size);
        FseTable ll = llTable;
        FseTable of = ofTable;
        FseTable ml = mlTable;
        int llState = (int) bits.read(ll.accuracyLog);
        int ofState = (int) bits.read(of.accuracyLog);
        int mlState = (int) bits.read(ml.accuracyLog);
        int litPos = 0;
        stats.sequences += sequences;
        for (int i = 0; i < sequences; i++) {
            int ofCode = of.symbol[ofState] & 0xff;
            int mlCode = ml.symbol[mlState] & 0xff;
            int llCode = ll.symbol[llState] & 0xff;
            if (ofCode > 31) throw new ZstdFormatException("offset code " + ofCode + " is over 31");
            if (llCode > 35 || mlCode > 52) throw new ZstdFormatException("length code out of range");
            long offsetValue = (1L << ofCode) + bits.read(ofCode);
            int matchLength = ML_BASE[mlCode] + (int) bits.read(ML_BITS[mlCode]);
            int literalLength = LL_BASE[llCode] + (int) bits.read(LL_BITS[llCode]);
            int offset = offset(offsetValue, literalLength);
            if (i + 1 < sequences) {
                llState = ll.baseline[llState] + (int) bits.read(ll.nbBits[llState]);
                mlState = ml.baseline[mlState] + (int) bits.read(ml.nbBits[mlState]);
                ofState = of.baseline[ofState] + (int) bits.read(of.nbBits[ofState]);
            }
            if (bits.remaining() < 0) throw new ZstdFormatException("sequences bitstream ends too early");
            if (literalLength > literalCount - litPos) {
                throw new ZstdFormatException("a sequence takes more literals than the block has");
            }
            if (out.total() + literalLength + matchLength > limit) {
                throw new ZstdFormatException("block decodes to more than the maximum block size");
            }
            out.put(literals, litPos, literalLength);
            litPos += literalLength;
            out.copyMatch(offset, matchLength);
        }
        if (bits.remaining() != 0) throw new ZstdFormatException("sequences bitstream does not end with its sequences");
        if (out.total() + literalCount - litPos > limit) {
            throw new ZstdFormatException("block decodes to more than the maximum block size");
        }
        out.put(literals, litPos, literalCount - litPos);
    }

    /** Resolves an offset value to an offset and updates the repeat offsets (RFC 8878, 3.1.1.5). */
    private int offset(long offsetValue, int literalLength) throws ZstdFormatException {
        if (offsetValue > 3) {
            int offset = (int) (offsetValue - 3);
            rep[2] = rep[1];
            rep[1] = rep[0];
            rep[0] = offset;
            return offset;
        }
        stats.repeatOffsets++;
        int index = (int) offsetValue - 1 + (literalLength == 0 ? 1 : 0);
        int offset;
        switch (index) {
            case 0 -> {
                return rep[0];
            }
            case 1 -> {
                offset = rep[1];
                rep[1] = rep[0];
                rep[0] = offset;
                return offset;
            }
            case 2 -> offset = rep[2];
            default -> offset = rep[0] - 1;
        }
        if (offset <= 0) throw new ZstdFormatException("repeat offset of zero");
        rep[2] = rep[1];
        rep[1] = rep[0];
        rep[0] = offset;
        return offset;
    }

    private enum Kind {
        LITERAL_LENGTH,
        OFFSET,
        MATCH_LENGTH
    }

    private int table(byte[] buf, int pos, int size, int mode, int maxSymbol, int maxLog, Kind kind)
            throws ZstdFormatException {
        FseTable table;
        switch (mode) {
            case 0 -> {
                stats.predefinedTables++;
                table = switch (kind) {
                    case LITERAL_LENGTH -> LL_PREDEFINED;
                    case OFFSET -> OF_PREDEFINED;
                    case MATCH_LENGTH -> ML_PREDEFINED;
                };
            }
            case 1 -> {
                stats.rleTables++;
                need(pos + 1, size);
                int sym = buf[pos++] & 0xff;
                if (sym > maxSymbol) throw new ZstdFormatException("RLE symbol " + sym + " is out of range");
                table = FseTable.rle(sym);
            }
            case 2 -> {
                stats.fseTables++;
                FseTable.Read read = FseTable.read(buf, pos, size, maxSymbol, maxLog);
                table = read.table();
                pos += read.length();
            }
            default -> {
                stats.repeatTables++;
                table = switch (kind) {
                    case LITERAL_LENGTH -> llTable;
                    case OFFSET -> ofTable;
                    case MATCH_LENGTH -> mlTable;
                };
                if (table == null) throw new ZstdFormatException("repeat mode with no earlier table");
            }
        }
        switch (kind) {
            case LITERAL_LENGTH -> llTable = table;
            case OFFSET -> ofTable = table;
            case MATCH_LENGTH -> mlTable = table;
        }
        return pos;
    }

    private static void need(int bytes, int size) throws ZstdFormatException {
        if (bytes > size) throw new ZstdFormatException("compressed block is cut off");
    }
}
