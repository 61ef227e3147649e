package dev.imgslim.syntax;

/**
 * A region of the source text. Lines and columns are 1-based as editors show them; columns count
 * UTF-16 code units (as LSP and SARIF do). The end is exclusive: {@code endColumn} is the column just
 * after the last character, so a one-character region at line 3 column 5 ends at column 6.
 * Offsets are 0-based char indices into the source text, for text edits.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn, int startOffset, int endOffset) {

    public static Span ofLine(int line) {
        return new Span(line, 1, line, 1, -1, -1);
    }

    public boolean containsLine(int line) {
        return line >= startLine && line <= endLine;
    }

    // Written out because a record's generated equals/hashCode bootstrap through invokedynamic: the first
    // call makes the JVM spin ~20 method-handle classes (~20 ms of a one-file lint) that no JDK 17
    // class-data archive keeps. Same semantics as the generated ones: all six components.
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s
                && startLine == s.startLine
                && startColumn == s.startColumn
                && endLine == s.endLine
                && endColumn == s.endColumn
                && startOffset == s.startOffset
                && endOffset == s.endOffset;
    }

    @Override
    public int hashCode() {
        int h = startLine;
        h = 31 * h + startColumn;
        h = 31 * h + endLine;
        h = 31 * h + endColumn;
        h = 31 * h + startOffset;
        return 31 * h + endOffset;
    }
}
