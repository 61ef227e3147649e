package dev.imgslim.syntax;

/** Go's notion of white space (unicode.IsSpace) and the trims built on it, as BuildKit uses them. */
final class GoText {
    private GoText() {}

    static boolean isSpace(int cp) {
        switch (cp) {
            case '\t':
            case '\n':
            case 0x0B:
            case '\f':
            case '\r':
            case ' ':
            case 0x85:
            case 0xA0:
            case 0x1680:
            case 0x2028:
            case 0x2029:
            case 0x202F:
            case 0x205F:
            case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** The regexp {@code [\t\v\f\r ]} BuildKit splits commands and lists on. */
    static boolean isSplitSpace(char c) {
        return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
    }

    static int skipSpace(String s, int from) {
        return skipSpace(s, from, s.length());
    }

    /**
     * {@link #skipSpace(String, int)} that stops at {@code to} (a line's end: no code point goes past it). An
     * ASCII char is judged without reading a code point: asked at the start of every line and every word.
     */
    static int skipSpace(String s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c != ' ' && (c < '\t' || c > '\r')) break;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    static int trimEnd(String s, int end) {
        int i = end;
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (!isSpace(cp)) break;
            i -= Character.charCount(cp);
        }
        return i;
    }
}
