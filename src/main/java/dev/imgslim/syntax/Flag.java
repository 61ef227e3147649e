package dev.imgslim.syntax;

import java.util.Objects;

/**
 * A builder flag such as {@code --from=build} or {@code --mount=type=cache,target=/root/.cache}.
 *
 * <p>A flag keeps its range of the instruction's logical line and its name; its text, value and spans
 * are worked out when asked (the 16,800 {@code --from} and {@code --interval} flags of a 10 MB file held
 * three strings and two spans each, ~4 MB). It compares by those five parts, as the record it was.
 */
public final class Flag {
    private final LogicalLine line;
    private final int start;
    private final int end;
    private final int valueStart;
    /** The name, shared by every flag of that name (a file has few names and many flags). */
    private final String name;
    /** The text when quotes or escapes make it differ from the source as written, else null. */
    private final String text;

    private Flag(LogicalLine line, int start, int end, int valueStart, String name, String text) {
        this.line = line;
        this.start = start;
        this.end = end;
        this.valueStart = valueStart;
        this.name = name;
        this.text = text;
    }

    /**
     * The flag whose text (quotes and escapes removed, as BuildKit keeps it) is {@code text}, written at the
     * logical range [start, end) of {@code line}, its value from {@code valueStart}.
     */
    static Flag of(String text, LogicalLine line, int start, int end, int valueStart) {
        String body = body(text);
        int eq = body.indexOf('=');
        String name = (eq < 0 ? body : body.substring(0, eq)).intern();
        return new Flag(line, start, end, valueStart, name, line.textEquals(start, end, text) ? null : text);
    }

    private static String body(String text) {
        return text.startsWith("--") ? text.substring(2) : text;
    }

    /** The flag word with quotes and escapes removed, as BuildKit keeps it ({@code --chown=me}). */
    public String text() {
        return text != null ? text : line.text(start, end);
    }

    /** The name without dashes ({@code chown}). */
    public String name() {
        return name;
    }

    /** The text after the first {@code =}, or null for a bare flag ({@code --link}). */
    public String value() {
        String body = body(text());
        int eq = body.indexOf('=');
        return eq < 0 ? null : body.substring(eq + 1);
    }

    /** Where the flag word stands in the source. */
    public Span span() {
        return line.span(start, end);
    }

    /** Where the value stands in the source (the flag's span for a bare flag). */
    public Span valueSpan() {
        return value() == null ? span() : line.span(valueStart, end);
    }

    /** The value as a positioned word, or null for a bare flag. */
    public Word valueWord() {
        String value = value();
        return value == null ? null : new Word(value, line.span(valueStart, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flag f
                && text().equals(f.text())
                && name.equals(f.name)
                && Objects.equals(value(), f.value())
                && span().equals(f.span())
                && valueSpan().equals(f.valueSpan());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text(), name, value(), span(), valueSpan());
    }

    @Override
    public String toString() {
        return "Flag[text=" + text() + ", name=" + name + ", value=" + value() + ", span=" + span() + ", valueSpan="
                + valueSpan() + "]";
    }
}
