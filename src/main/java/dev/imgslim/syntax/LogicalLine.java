package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One instruction's text after continuations are joined, with a map from each char back to its offset
 * in the source, so that anything a rule finds in the joined text can be reported where it stands.
 */
final class LogicalLine {
    private final StringBuilder text = new StringBuilder();
    /** Pairs of (logical index, source offset) where a new source segment begins. */
    private final List<int[]> segments = new ArrayList<>();

    void append(String piece, int sourceOffset) {
        if (piece.isEmpty()) return;
        segments.add(new int[] {text.length(), sourceOffset});
        text.append(piece);
    }

    String text() {
        return text.toString();
    }

    /** Source offset of a logical index; an index at the very end maps just past the last char. */
    int sourceOffset(int logicalIndex) {
        if (segments.isEmpty()) return 0;
        if (logicalIndex >= text.length()) {
            int[] last = segments.get(segments.size() - 1);
            return last[1] + (text.length() - last[0]);
        }
        int lo = 0, hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid)[0] <= logicalIndex) lo = mid;
            else hi = mid - 1;
        }
        int[] seg = segments.get(lo);
        return seg[1] + (logicalIndex - seg[0]);
    }

    /** Source span of the logical range [start, end). */
    Span span(SourceText source, int start, int end) {
        int s = sourceOffset(start);
        int e = end > start ? sourceOffset(end - 1) + 1 : s;
        return source.span(s, e);
    }
}
