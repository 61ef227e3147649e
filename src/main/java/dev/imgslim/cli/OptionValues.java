package dev.imgslim.cli;

import dev.imgslim.advice.Bytes;
import dev.imgslim.config.Severity;

/**
 * Typed option values read from their text, for picocli's converters ({@link Converters}) and {@link
 * PlainArguments} alike, so both read a value the same way. A value that does not read is an {@link
 * IllegalArgumentException} with the message the user sees. No picocli type here: a plain lint reads its
 * command line without loading picocli.
 */
final class OptionValues {
    private OptionValues() {}

    /** error, warning, info, style. */
    static Severity severity(String text) {
        return Severity.parse(text);
    }

    /** 500MB, 1.5GB, 800MiB, a bare number of bytes; more than 0. */
    static long positiveBytes(String text) {
        long n = Bytes.parse(text);
        if (n <= 0) throw new IllegalArgumentException("'" + text + "' must be more than 0 bytes");
        return n;
    }

    /** One {@code --severity RULE=LEVEL}. */
    static RuleSeverity ruleSeverity(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || text.substring(0, eq).isBlank()) {
            throw new IllegalArgumentException("expected RULE=LEVEL, e.g. DL3008=error, not '" + text + "'");
        }
        return new RuleSeverity(text.substring(0, eq).trim(), severity(text.substring(eq + 1)));
    }
}
