package dev.imgslim.syntax;

/**
 * A builder flag such as {@code --from=build} or {@code --mount=type=cache,target=/root/.cache}.
 *
 * @param text      the flag word with quotes and escapes removed, as BuildKit keeps it ({@code --chown=me})
 * @param name      the name without dashes ({@code chown})
 * @param value     the text after the first {@code =}, or null for a bare flag ({@code --link})
 * @param span      where the flag word stands in the source
 * @param valueSpan where the value stands in the source (the flag's span for a bare flag)
 */
public record Flag(String text, String name, String value, Span span, Span valueSpan) {

    static Flag of(String text, Span span, Span valueSpan) {
        String body = text.startsWith("--") ? text.substring(2) : text;
        int eq = body.indexOf('=');
        return eq < 0
                ? new Flag(text, body, null, span, span)
                : new Flag(text, body.substring(0, eq), body.substring(eq + 1), span, valueSpan);
    }

    /** The value as a positioned word, or null for a bare flag. */
    public Word valueWord() {
        return value == null ? null : new Word(value, valueSpan);
    }
}
