package dev.imgslim.syntax;

import java.util.Objects;

/**
 * One argument word or flag value of an instruction: its text as BuildKit keeps it and where it stands
 * in the source, so a rule can point at it and a fix can replace it.
 *
 * <p>A word the parser reads usually is a run of its logical line as written (no quotes or escapes to
 * remove): it then keeps only its range of that line, and its text and span are worked out when asked,
 * so a large file holds neither a copy of every word nor a span per word no rule reports.
 */
public final class Word {
    /** The text, or null when it is the logical line's range [start, end) as written. */
    private final String text;
    /** The span, or null when it is worked out from the logical line. */
    private final Span span;

    private final LogicalLine line;
    private final int start;
    private final int end;

    public Word(String text, Span span) {
        this.text = Objects.requireNonNull(text);
        this.span = Objects.requireNonNull(span);
        this.line = null;
        this.start = 0;
        this.end = 0;
    }

    /** The word at the logical range [start, end) of {@code line}; {@code text} is null when it reads as written. */
    Word(String text, LogicalLine line, int start, int end) {
        this.text = text;
        this.span = null;
        this.line = line;
        this.start = start;
        this.end = end;
    }

    public String text() {
        return text != null ? text : line.text(start, end);
    }

    public Span span() {
        return span != null ? span : line.span(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && text().equals(w.text()) && span().equals(w.span());
    }

    @Override
    public int hashCode() {
        return 31 * text().hashCode() + span().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
