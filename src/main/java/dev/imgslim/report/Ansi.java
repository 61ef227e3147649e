package dev.imgslim.report;

import dev.imgslim.config.Severity;

/** ANSI SGR styling; every method is the identity when colour is off, so callers need no branches. */
final class Ansi {
    private static final String RESET = "\u001b[0m";
    private final boolean on;

    Ansi(boolean on) {
        this.on = on;
    }

    String severity(Severity s, String text) {
        return wrap(
                switch (s) {
                    case ERROR -> "1;31"; // bold red
                    case WARNING -> "1;33"; // bold yellow
                    case INFO -> "1;36"; // bold cyan
                    case STYLE -> "1;35"; // bold magenta
                },
                text);
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String sgr, String text) {
        return on ? "\u001b[" + sgr + "m" + text + RESET : text;
    }
}
