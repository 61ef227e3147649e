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
}
