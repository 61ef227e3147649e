package dev.imgslim.analyze.zstd;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decompresses a zstd stream (RFC 8878) as it is read: one or more frames, skippable frames skipped, the
 * content checksum and content size checked when a frame carries them. Memory is the frame's window (at
 * most the content size when the frame declares it) plus one block; nothing else grows with the input.
 * Dictionaries are refused (an image layer cannot name one).
 */
public final class ZstdInputStream extends InputStream {
    /** Frames asking for a larger window are refused (the reference decoder's default limit is 128 MiB). */
    public static final long MAX_WINDOW = 1L << 30;

    private static final int MAGIC = 0xFD2FB528;
    private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
    private static final int SKIPPABLE = 0x184D2A50;

    private final InputStream in;
    private final Window window = new Window();
    private final DecodeStats stats = new DecodeStats();
    private final BlockDecoder blocks = new BlockDecoder(stats);
    private final XxHash64 hash = new XxHash64();
    private final byte[] block = new byte[BlockDecoder.MAX_BLOCK];
    private final byte[] one = new byte[1];

    private long frames;
    private boolean inFrame;
    private boolean lastBlockSeen;
    private boolean eof;
    private boolean checksum;
    private long contentSize;
    private int maxBlock;
    /** Frame position of the next byte handed to the reader. */
    private long readPos;

    public ZstdInputStream(InputStream in) {
        this.in = in;
    }

    /** What the stream used so far (for tests). */
    DecodeStats stats() {
        return stats;
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (readPos == window.total()) {
            if (!advance()) return -1;
        }
        int n = (int) Math.min(len, window.total() - readPos);
        window.read(readPos, b, off, n);
        readPos += n;
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, window.total() - readPos);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes the next piece (a frame header, a block, a frame's end); false at the end of the stream. */
    private boolean advance() throws IOException {
        if (eof) return false;
        if (!inFrame) {
            return startFrame();
        }
        if (lastBlockSeen) {
            endFrame();
            return true;
        }
        readBlock();
        return true;
    }

    private boolean startFrame() throws IOException {
        byte[] magicBytes = in.readNBytes(4);
        if (magicBytes.length == 0 && frames > 0) {
            eof = true;
            return false;
        }
        if (magicBytes.length < 4) throw truncated("a frame's magic number");
        int magic = le(magicBytes, 0, 4);
        if ((magic & SKIPPABLE_MASK) == SKIPPABLE) {
            long size = Integer.toUnsignedLong(le(readFully(4, "a skippable frame's size"), 0, 4));
            try {
                in.skipNBytes(size);
            } catch (java.io.EOFException e) {
                throw truncated("a skippable frame");
            }
            frames++;
            stats.skippableFrames++;
            return true;
        }
        if (magic != MAGIC) {
            throw new ZstdFormatException(String.format(
                    "frame %d: not a zstd frame (magic number 0x%08X)", frames + 1, Integer.toUnsignedLong(magic)));
        }
        int descriptor = readFully(1, "a frame header")[0] & 0xff;
        int fcsFlag = descriptor >>> 6;
        boolean singleSegment = (descriptor & 0x20) != 0;
        if ((descriptor & 0x08) != 0) throw new ZstdFormatException("frame header has its reserved bit set");
        checksum = (descriptor & 0x04) != 0;
        int dictFlag = descriptor & 3;
        long windowSize = -1;
        if (!singleSegment) {
            int w = readFully(1, "a frame header")[0] & 0xff;
            int windowLog = 10 + (w >>> 3);
            long base = 1L << windowLog;
            windowSize = base + (base / 8) * (w & 7);
        }
        int dictBytes = dictFlag == 3 ? 4 : dictFlag;
        if (dictBytes > 0) {
            long dictionary = Integer.toUnsignedLong(le(readFully(dictBytes, "a frame header"), 0, dictBytes));
            if (dictionary != 0) {
                throw new ZstdFormatException(
                        "frame needs zstd dictionary " + dictionary + ", which an image layer cannot carry");
            }
        }
        int fcsBytes =
                switch (fcsFlag) {
                    case 0 -> singleSegment ? 1 : 0;
                    case 1 -> 2;
                    case 2 -> 4;
                    default -> 8;
                };
        contentSize = -1;
        if (fcsBytes > 0) {
            byte[] f = readFully(fcsBytes, "a frame header");
            long v = 0;
            for (int i = fcsBytes - 1; i >= 0; i--) v = (v << 8) | (f[i] & 0xff);
            contentSize = fcsBytes == 2 ? v + 256 : v;
            if (contentSize < 0) throw new ZstdFormatException("frame content size out of range");
        }
        if (singleSegment) windowSize = contentSize;
        if (windowSize > MAX_WINDOW) {
            throw new ZstdFormatException("frame needs a " + windowSize + "-byte window, over the " + MAX_WINDOW
                    + " bytes this reader allows");
        }
        maxBlock = (int) Math.min(windowSize, BlockDecoder.MAX_BLOCK);
        long history = contentSize >= 0 ? Math.min(windowSize, contentSize) : windowSize;
        window.startFrame((int) Math.max(1, history + maxBlock));
        blocks.resetFrame();
        hash.reset();
        readPos = 0;
        inFrame = true;
        lastBlockSeen = false;
        frames++;
        stats.frames++;
        return true;
    }

    private void readBlock() throws IOException {
        byte[] h = readFully(3, "a block header");
        int header = le(h, 0, 3);
        boolean last = (header & 1) != 0;
        int type = (header >>> 1) & 3;
        int size = header >>> 3;
        long start = window.total();
        window.reserve(maxBlock);
        switch (type) {
            case 0 -> {
                checkSize(size);
                readInto(size);
                window.put(block, 0, size);
                stats.rawBlocks++;
            }
            case 1 -> {
                checkSize(size);
                window.fill(readFully(1, "an RLE block")[0], size);
                stats.rleBlocks++;
            }
            case 2 -> {
                checkSize(size);
                readInto(size);
                blocks.decode(block, size, window, maxBlock);
                stats.compressedBlocks++;
            }
            default -> throw new ZstdFormatException("frame " + frames + ": reserved block type");
        }
        int produced = (int) (window.total() - start);
        if (contentSize >= 0 && window.total() > contentSize) {
            throw new ZstdFormatException("frame " + frames + " decodes to more than its declared content size");
        }
        if (checksum) window.hash(start, produced, hash);
        lastBlockSeen = last;
    }

    private void endFrame() throws IOException {
        if (contentSize >= 0 && window.total() != contentSize) {
            throw new ZstdFormatException(
                    "frame " + frames + " decodes to " + window.total() + " bytes, its header says " + contentSize);
        }
        if (checksum) {
            int expected = le(readFully(4, "a frame's checksum"), 0, 4);
            int actual = (int) hash.digest();
            if (expected != actual) {
                throw new ZstdFormatException(String.format(
                        "frame %d: content checksum mismatch (stored %08x, computed %08x)", frames, expected, actual));
            }
            stats.checksums++;
        }
        inFrame = false;
    }

    private void checkSize(int size) throws ZstdFormatException {
        if (size > maxBlock) {
            throw new ZstdFormatException(
                    "frame " + frames + ": block of " + size + " bytes, over the frame's maximum " + maxBlock);
        }
    }

    private void readInto(int size) throws IOException {
        int n = in.readNBytes(block, 0, size);
        if (n < size) throw truncated("a block");
    }

    private byte[] readFully(int n, String what) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) throw truncated(what);
        return b;
    }

    private ZstdFormatException truncated(String what) {
        return new ZstdFormatException("zstd stream ends inside " + what + " (truncated)");
    }

    private static int le(byte[] b, int off, int n) {
        int v = 0;
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }
}
