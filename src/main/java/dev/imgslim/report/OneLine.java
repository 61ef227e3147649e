package dev.imgslim.report;

/**
 * Makes text safe for line-oriented output (tty, plain): a message with a newline must not forge a
 * second finding line, and control characters from a Dockerfile must not drive the terminal.
 * Tabs are kept; line breaks become a visible {@code \n}; other controls become {@code \}{@code uXXXX}.
 */
final class OneLine {
    private OneLine() {}

    static String of(String text) {
        if (text == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement =
                    switch (c) {
                        case '\n' -> "\\n";
                        case '\r' -> "\\r";
                        default -> (isControl(c) ? String.format("\\u%04x", (int) c) : null);
                    };
            if (replacement != null && sb == null) sb = new StringBuilder(text.substring(0, i));
            if (sb != null) {
                if (replacement != null) sb.append(replacement);
                else sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** C0 and C1 controls and DEL, except tab. */
    static boolean isControl(char c) {
        return c != '\t' && (c < 0x20 || (c >= 0x7f && c < 0xa0));
    }
}
