package dev.imgslim.rules.shellcheck;

import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One script handed to shellcheck, and where each of its lines came from. A script is made of header
 * lines we add (the shebang that picks the dialect, the {@code export} line that defines the ARG and ENV
 * names in scope, the terminators of here-documents) and of source lines: a slice of a RUN's
 * {@link Instruction#rest()} or of a here-document body, with the locator that maps offsets of that
 * slice back to the Dockerfile. Header lines map to nothing, so findings on them are dropped.
 */
final class Script {
    /** Where one script line starts: {@code offset} into {@code unit}, mapped by {@code locator}. */
    private record Origin(String unit, int offset, BiFunction<Integer, Integer, Span> locator) {}

    private final String fileName;
    private final Instruction run;
    private final StringBuilder text = new StringBuilder();
    private final List<Origin> lines = new ArrayList<>();

    private final java.util.Set<Integer> quiet;

    /** {@code quiet}: ShellCheck codes not reported for this script (what its shell is known to support). */
    Script(String fileName, Instruction run, java.util.Set<Integer> quiet) {
        this.fileName = fileName;
        this.run = run;
        this.quiet = java.util.Set.copyOf(quiet);
    }

    boolean reports(int code) {
        return !quiet.contains(code);
    }

    String fileName() {
        return fileName;
    }

    Instruction run() {
        return run;
    }

    String text() {
        return text.toString();
    }

    int lineCount() {
        return lines.size();
    }

    /** A line of our own; findings on it are not reported. */
    Script header(String line) {
        text.append(line).append('\n');
        lines.add(null);
        return this;
    }

    /** The lines of {@code unit}, each mapped back through {@code locator} (offsets into {@code unit}). */
    Script source(String unit, BiFunction<Integer, Integer, Span> locator) {
        int i = 0;
        while (i < unit.length()) {
            int nl = unit.indexOf('\n', i);
            int end = nl < 0 ? unit.length() : nl;
            text.append(unit, i, trimCr(unit, i, end)).append('\n');
            lines.add(new Origin(unit, i, locator));
            i = end + 1;
        }
        return this;
    }

    /**
     * The Dockerfile span of a shellcheck position (1-based lines of this script; 1-based columns that
     * count code points, tabs as one, as {@code --format=json1} reports them). Null on a header line.
     * A range that ends on another slice is cut at the end of its first line.
     */
    Span map(int line, int column, int endLine, int endColumn) {
        Origin o = origin(line);
        if (o == null) return null;
        int lineEnd = lineEnd(o);
        int start = advance(o.unit(), o.offset(), lineEnd, column - 1);
        Origin e = origin(endLine);
        int end;
        if (e != null && e.unit().equals(o.unit()) && e.locator() == o.locator() && endLine >= line) {
            end = advance(e.unit(), e.offset(), lineEnd(e), endColumn - 1);
        } else {
            end = lineEnd;
        }
        if (end < start) end = start;
        // shellcheck marks some points (column == endColumn): underline the character there.
        if (end == start && start < lineEnd)
            end = start + Character.charCount(o.unit().codePointAt(start));
        return o.locator().apply(start, end);
    }

    private Origin origin(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    private static int lineEnd(Origin o) {
        int nl = o.unit().indexOf('\n', o.offset());
        return trimCr(o.unit(), o.offset(), nl < 0 ? o.unit().length() : nl);
    }

    private static int trimCr(String s, int start, int end) {
        while (end > start && s.charAt(end - 1) == '\r') end--;
        return end;
    }

    private static int advance(String s, int from, int limit, int codePoints) {
        // No surrogate pair on the line: a code point is a char. (codePointCount answers without a scan for
        // a string of Latin-1 chars; counting code point by code point cost a cached 280-file run ~2 % of
        // its CPU, on long RUN lines with many findings.)
        if (s.codePointCount(from, limit) == limit - from)
            return from + Math.max(0, Math.min(codePoints, limit - from));
        int i = from;
        for (int k = 0; k < codePoints && i < limit; k++) i += Character.charCount(s.codePointAt(i));
        return Math.min(i, limit);
    }
}
