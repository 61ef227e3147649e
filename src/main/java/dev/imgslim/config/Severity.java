package dev.imgslim.config;

import java.util.Locale;

/** Ordered from least to most severe; {@code --failure-threshold} compares with {@link #atLeast}. */
public enum Severity {
    STYLE,
    INFO,
    WARNING,
    ERROR;

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the names users write in config and on the command line (case-insensitive). */
    public static Severity parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "style":
                return STYLE;
            case "info":
                return INFO;
            case "warning":
            case "warn":
                return WARNING;
            case "error":
                return ERROR;
            default:
                throw new IllegalArgumentException(
                        "unknown severity '" + text + "' (expected error, warning, info or style)");
        }
    }
}
