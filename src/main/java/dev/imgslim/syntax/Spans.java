package dev.imgslim.syntax;

/** Cutting a one-line span into parts, for words whose parts rules point at (an ARG's name and default). */
final class Spans {
    private Spans() {}

    /** The first {@code chars} characters of {@code s}; {@code s} itself when it is not on one line or chars is negative. */
    static Span prefix(Span s, int chars) {
        if (chars < 0 || s.startLine() != s.endLine() || s.startOffset() < 0) return s;
        int n = Math.min(chars, s.endOffset() - s.startOffset());
        return new Span(
                s.startLine(), s.startColumn(), s.endLine(), s.startColumn() + n, s.startOffset(), s.startOffset() + n);
    }

    /** {@code s} without its first {@code chars} characters. */
    static Span suffix(Span s, int chars) {
        if (chars < 0 || s.startLine() != s.endLine() || s.startOffset() < 0) return s;
        int n = Math.min(chars, s.endOffset() - s.startOffset());
        return new Span(
                s.startLine(), s.startColumn() + n, s.endLine(), s.endColumn(), s.startOffset() + n, s.endOffset());
    }
}
