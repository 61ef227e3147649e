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
    /** Pairs of (logical index, source offset) where a new source piece begins, in logical order. */
    private final int[] segments;
    /** This line starts at logical index {@code base} of the segments (an ONBUILD trigger starts inside). */
    private final int base;

    private final int length;

    private LogicalLine(SourceText source, int[] segments, int base, int length) {
        this.source = source;
        this.segments = segments;
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

        LogicalLine build(SourceText source) {
            return new LogicalLine(source, Arrays.copyOf(segments, 2 * pairs), 0, length);
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
        return base == 0 && segments.length > 0 ? segments[1] : sourceOffset(0);
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
        int off = segments[2 * seg + 1] + (from - segments[2 * seg]);
        if (to <= segEnd) return src.substring(off, off + (to - from)); // within one physical line
        StringBuilder out = new StringBuilder(to - from);
        while (from < to) {
            int stop = Math.min(to, segEnd);
            out.append(src, off, off + (stop - from));
            from = stop;
            if (++seg >= segments.length / 2) break;
            segEnd = segEnd(seg);
            off = segments[2 * seg + 1];
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
            int off = segments[2 * seg + 1] + (from - segments[2 * seg]);
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
        return new LogicalLine(source, segments, base + shift, Math.max(0, length - shift));
    }

    private int segEnd(int seg) {
        return seg + 1 < segments.length / 2 ? segments[2 * seg + 2] : base + length;
    }

    /** The segment holding the underlying logical index {@code at} (the last one past the end). */
    private int segmentOf(int at) {
        int lo = 0, hi = segments.length / 2 - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments[2 * mid] <= at) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** Source offset of a logical index; an index at the very end maps just past the last char. */
    private int sourceOffset(int logicalIndex) {
        if (segments.length == 0) return 0;
        int at = base + logicalIndex;
        int total = segEnd(segments.length / 2 - 1);
        if (at >= total) {
            int last = segments.length / 2 - 1;
            return segments[2 * last + 1] + (total - segments[2 * last]);
        }
        int seg = segmentOf(at);
        return segments[2 * seg + 1] + (at - segments[2 * seg]);
    }

    /** Source span of the logical range [start, end). */
    Span span(int start, int end) {
        int s = sourceOffset(start);
        int e = end > start ? sourceOffset(end - 1) + 1 : s;
        return source.span(s, e);
    }
}
