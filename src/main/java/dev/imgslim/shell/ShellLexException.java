package dev.imgslim.shell;

/**
 * A word could not be processed: an unterminated quote or <code>${</code>, a bad substitution, an
 * unsupported modifier, or a {@code ${V:?message}} whose variable is unset or empty.
 *
 * <p>Unchecked because nothing can be recovered in the middle of a word: callers (the parser and the
 * build model) catch it at the instruction and turn it into a finding at that instruction's span.
 *
 * <p>{@link #getMessage()} reads like BuildKit's: {@code failed to process "he${PWD": syntax error:
 * missing '}'}. {@link #reason()} is the part after the colon, {@link #source()} the word as given.
 */
public final class ShellLexException extends RuntimeException {

    private final String source;
    private final String reason;

    public ShellLexException(String source, String reason) {
        super("failed to process " + GoQuote.quote(source) + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    /** The word or line that was being processed. */
    public String source() {
        return source;
    }

    /** What went wrong, without the "failed to process" prefix, e.g. {@code VERSION: is not allowed to be unset}. */
    public String reason() {
        return reason;
    }
}
