package dev.imgslim.probe;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code --timeout} values the way Docker users write them: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO {@code PT30S}. */
public final class DurationParser {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private DurationParser() {}

    /** Throws IllegalArgumentException with a user-facing message; a bare number means seconds. */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        if (t.startsWith("pt") || t.startsWith("p")) {
            try {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw invalid(text);
            }
        } else {
            Matcher m = SIMPLE.matcher(t);
            if (!m.matches()) throw invalid(text);
            double value = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis =
                    switch (unit) {
                        case "ms" -> value;
                        case "s" -> value * 1_000;
                        case "m" -> value * 60_000;
                        default -> value * 3_600_000;
                    };
            d = Duration.ofMillis(Math.round(millis));
        }
        if (d.isNegative() || d.isZero())
            throw new IllegalArgumentException("timeout must be positive: '" + text + "'");
        return d;
    }

    /** Short human form used in messages: 2s, 1500ms, 2m. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) return ms / 60_000 + "m";
        if (ms % 1_000 == 0) return ms / 1_000 + "s";
        return ms + "ms";
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid duration '" + text + "': use e.g. 500ms, 30s, 2m");
    }
}
