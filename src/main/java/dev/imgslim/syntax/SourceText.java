package dev.imgslim.syntax;

import java.util.Arrays;

/** The text of a Dockerfile with an index of line starts, to turn char offsets into lines and columns. */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) { // indexOf: no call per char
            if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
            starts[n++] = i + 1;
        }
        // A final newline does not start a new line.
        if (n > 1 && starts[n - 1] == text.length()) n--;
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a char offset. */
    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The line's text without its line ending. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    /** A span over the char range [start, end). */
    public Span span(int start, int end) {
        int sl = lineOf(start);
        int el = end > start ? lineOf(end - 1) : sl;
        int ec = end > start ? (end - 1 - lineStarts[el - 1]) + 2 : start - lineStarts[sl - 1] + 1;
        return new Span(
                sl,
                start - lineStarts[sl - 1] + 1 - bomShift(sl, start),
                el,
                ec - bomShift(el, Math.max(start, end - 1)),
                start,
                end);
    }

    /** A UTF-8 byte order mark is not a column: editors and BuildKit count line 1 from the character after it. */
    private int bomShift(int line, int offset) {
        return line == 1 && offset > 0 && text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** A span covering whole lines [first, last], from the first non-blank char to the end of the last line. */
    public Span lines(int first, int last) {
        int start = lineStarts[first - 1];
        String l = line(first);
        int lead = 0;
        while (lead < l.length() && Character.isWhitespace(l.charAt(lead))) lead++;
        int end = lineStarts[last - 1] + line(last).length();
        return span(start + lead, Math.max(end, start + lead));
    }
}
