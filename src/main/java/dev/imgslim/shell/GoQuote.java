package dev.imgslim.shell;

import java.util.List;

/**
 * Go's {@code strconv.Quote} and {@code %q} of a {@code []string}: the one quoting for BuildKit's AST dump,
 * the lexer's errors and the BuildKit checks' messages, so they read exactly like BuildKit's.
 */
public final class GoQuote {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoQuote() {}

    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendRune(out, cp);
        }
        return out.append('"').toString();
    }

    public static String quoteList(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(' ');
            out.append(quote(values.get(i)));
        }
        return out.append(']').toString();
    }

    private static void appendRune(StringBuilder out, int r) {
        if (r == '"' || r == '\\') {
            out.append('\\').appendCodePoint(r);
            return;
        }
        if (isPrint(r)) {
            out.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7:
                out.append("\\a");
                return;
            case '\b':
                out.append("\\b");
                return;
            case '\f':
                out.append("\\f");
                return;
            case '\n':
                out.append("\\n");
                return;
            case '\r':
                out.append("\\r");
                return;
            case '\t':
                out.append("\\t");
                return;
            case 11:
                out.append("\\v");
                return;
            default:
        }
        if (r < ' ' || r == 0x7f) {
            out.append("\\x").append(HEX[(r >> 4) & 0xf]).append(HEX[r & 0xf]);
        } else if (r >= Character.MIN_SURROGATE && r <= Character.MAX_SURROGATE) {
            out.append("\\ufffd");
        } else if (r < 0x10000) {
            out.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) out.append(HEX[(r >> shift) & 0xf]);
        } else {
            out.append("\\U");
            for (int shift = 28; shift >= 0; shift -= 4) out.append(HEX[(r >> shift) & 0xf]);
        }
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int r) {
        if (r == ' ') return true;
        if (r < 0x20 || r == 0x7f) return false;
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
