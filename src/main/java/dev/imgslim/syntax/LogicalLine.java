package dev.imgslim.syntax;

import java.util.Arrays;

/**
 * One instruction's text after continuations are joined, kept as the pieces of the source it is made of
 * rather than as a copy: every piece is a run of one physical line, so pairs of (logical index, source
 * offset) say both what the text is and where each char of it stands. A 10 MB Dockerfile then holds its
 * text once (the {@link SourceText}), not once more per instruction; the joined text is built when asked.
 */
final class LogicalLine {
    private final SourceText source;
    /**
     * Pairs of (logical index, source offset) where a new source piece begins, in logical order; null for
     * a line of one piece (most instructions), which starts at {@link #onlyOffset}: no array per line
     * (~4 MB for the 168k one-line instructions of a 10 MB file).
     */
    private final int[] segments;

    private final int onlyOffset;
    /** This line starts at logical index {@code base} of the segments (an ONBUILD trigger starts inside). */
    private final int base;

    private final int length;

    private LogicalLine(SourceText source, int[] segments, int onlyOffset, int base, int length) {
        this.source = source;
        this.segments = segments;
        this.onlyOffset = onlyOffset;
        this.base = base;
        this.length = length;
    }

    /** Collects the pieces of one logical line while the parser reads its physical lines. */
    static final class Builder {
        private int[] segments = new int[2];
        private int pairs;
        private int length;

        /**
         * Appends the source chars [sourceOffset, sourceOffset + chars). The first piece is kept even when
         * empty: it says where the instruction starts in the source (its span's start).
         */
        void append(int sourceOffset, int chars) {
            if (chars <= 0 && pairs > 0) return;
            if (2 * pairs == segments.length) segments = Arrays.copyOf(segments, segments.length * 2);
            segments[2 * pairs] = length;
            segments[2 * pairs + 1] = sourceOffset;
            pairs++;
            length += Math.max(chars, 0);
        }

        /** How many pieces the line has so far. */
        int pieces() {
            return pairs;
        }

        LogicalLine build(SourceText source) {
            if (pairs == 1) return new LogicalLine(source, null, segments[1], 0, length);
            return new LogicalLine(source, Arrays.copyOf(segments, 2 * pairs), 0, 0, length);
        }
    }

    int length() {
        return length;
    }

    SourceText source() {
        return source;
    }

    /** Source offset where this line starts (an empty first piece included: a line of just the escape). */
    int startOffset() {
        return base == 0 ? pieceOffset(0) : sourceOffset(0);
    }

    /** The joined text. */
    String text() {
        return text(0, length);
    }

    /** The joined text of the logical range [start, end). */
    String text(int start, int end) {
        if (end <= start) return "";
        String src = source.text();
        int from = base + start, to = base + end;
        int seg = segmentOf(from);
        int segEnd = segEnd(seg);
        int off = pieceOffset(seg) + (from - pieceStart(seg));
        if (to <= segEnd) return src.substring(off, off + (to - from)); // within one physical line
        StringBuilder out = new StringBuilder(to - from);
        while (from < to) {
            int stop = Math.min(to, segEnd);
            out.append(src, off, off + (stop - from));
            from = stop;
            if (++seg >= pieces()) break;
            segEnd = segEnd(seg);
            off = pieceOffset(seg);
        }
        return out.toString();
    }

    /** True when the logical range [start, end) reads exactly {@code s}. */
    boolean textEquals(int start, int end, String s) {
        if (end - start != s.length()) return false;
        String src = source.text();
        int from = base + start, to = base + end, at = 0;
        int seg = from < base + length ? segmentOf(from) : 0;
        while (from < to) {
            int segEnd = segEnd(seg);
            int off = pieceOffset(seg) + (from - pieceStart(seg));
            int stop = Math.min(to, segEnd);
            if (!src.regionMatches(off, s, at, stop - from)) return false;
            at += stop - from;
            from = stop;
            seg++;
        }
        return true;
    }

    /** The same text from logical index {@code shift} on (an ONBUILD's trigger), indices counted from there. */
    LogicalLine from(int shift) {
        return new LogicalLine(source, segments, onlyOffset, base + shift, Math.max(0, length - shift));
    }

    private int pieces() {
        return segments == null ? 1 : segments.length / 2;
    }

    /** Logical index where piece {@code k} begins. */
    private int pieceStart(int k) {
        return segments == null ? 0 : segments[2 * k];
    }

    /** Source offset of piece {@code k}'s first char. */
    private int pieceOffset(int k) {
        return segments == null ? onlyOffset : segments[2 * k + 1];
    }

    private int segEnd(int seg) {
        return seg + 1 < pieces() ? pieceStart(seg + 1) : base + length;
    }

    /** The segment holding the underlying logical index {@code at} (the last one past the end). */
    private int segmentOf(int at) {
        int lo = 0, hi = pieces() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pieceStart(mid) <= at) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** Source offset of a logical index; an index at the very end maps just past the last char. */
    private int sourceOffset(int logicalIndex) {
        int at = base + logicalIndex;
        int total = segEnd(pieces() - 1);
        if (at >= total) {
            int last = pieces() - 1;
            return pieceOffset(last) + (total - pieceStart(last));
        }
        int seg = segmentOf(at);
        return pieceOffset(seg) + (at - pieceStart(seg));
    }

    /** Source span of the logical range [start, end). */
    Span span(int start, int end) {
        int s = sourceOffset(start);
        int e = end > start ? sourceOffset(end - 1) + 1 : s;
        return source.span(s, e);
    }
}
