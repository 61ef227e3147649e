package dev.imgslim.report;

/**
 * Escaping for the hand-written XML formats. Hand-written rather than StAX because StAX neither indents
 * nor protects against characters XML 1.0 cannot carry at all.
 */
final class Xml {
    private Xml() {}

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /**
     * For attribute values in double quotes. Tab, CR and LF are written as character references because a
     * parser would otherwise normalise them to spaces, and a message's line breaks would be lost.
     */
    static String attr(String text) {
        return escape(text, true);
    }

    /** For element content. CR is a reference so it survives end-of-line normalisation. */
    static String text(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean attribute) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;"); // also breaks any "]]>" in content
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#13;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        sb.append(c);
                    } else {
                        sb.append('\uFFFD'); // not representable in XML 1.0, not even as a reference
                    }
                }
            }
        }
        return sb.toString();
    }

    /** XML 1.0 Char production, minus surrogates (handled in pairs above). */
    private static boolean allowed(char c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
