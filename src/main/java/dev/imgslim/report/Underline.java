package dev.imgslim.report;

import dev.imgslim.syntax.Span;

/**
 * Draws {@code ^~~~} under a span of one source line. The prefix copies each tab of the source line
 * (and blanks everything else), so the marker lines up whatever the terminal's tab width is; a tab
 * inside the span stays a tab too, leaving a gap in the {@code ~~~} rather than pushing its end out.
 * Columns are UTF-16 units (as in {@link Span}); the marker is drawn in terminal cells: a surrogate pair
 * is one character, East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms, emoji) take
 * two cells and combining marks none, as terminals draw them.
 */
final class Underline {
    private Underline() {}

    /** The underline for {@code span} on {@code line} (the span's first line), without trailing blanks. */
    static String under(String line, Span span) {
        int start = clamp(span.startColumn() - 1, line.length());
        // A multi-line span is marked to the end of its first line; an empty span still gets one caret.
        int end = span.endLine() > span.startLine() ? line.length() : clamp(span.endColumn() - 1, line.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < start; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') sb.append('\t');
            else sb.append(" ".repeat(cells(cp)));
        }
        sb.append('^');
        if (start < line.length()) {
            int first = line.codePointAt(start);
            if (first != '\t') sb.append("~".repeat(Math.max(0, cells(first) - 1)));
        }
        int i = start < line.length() ? start + Character.charCount(line.codePointAt(start)) : start + 1;
        while (i < end) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') sb.append('\t'); // a tab's width is the terminal's; keep alignment over continuity
            else sb.append("~".repeat(cells(cp)));
        }
        return sb.toString();
    }

    /** Terminal cells a character takes (wcwidth's reading of Unicode's East Asian Width). */
    static int cells(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || cp == 0x200B
                || cp == 0x200D
                || cp == 0xFEFF) return 0;
        if (cp >= 0x1100
                && (cp <= 0x115F
                        || cp == 0x2329
                        || cp == 0x232A
                        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                        || (cp >= 0xAC00 && cp <= 0xD7A3)
                        || (cp >= 0xF900 && cp <= 0xFAFF)
                        || (cp >= 0xFE10 && cp <= 0xFE19)
                        || (cp >= 0xFE30 && cp <= 0xFE6F)
                        || (cp >= 0xFF00 && cp <= 0xFF60)
                        || (cp >= 0xFFE0 && cp <= 0xFFE6)
                        || (cp >= 0x1F300 && cp <= 0x1F64F)
                        || (cp >= 0x1F900 && cp <= 0x1F9FF)
                        || (cp >= 0x20000 && cp <= 0x3FFFD))) return 2;
        return 1;
    }

    /**
     * The source line as shown: controls other than tab become U+FFFD, one cell each, so columns still match
     * and the file cannot drive the terminal. A trailing CR (lines split on LF only) is dropped, not shown.
     */
    static String shown(String line) {
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            sb.append(OneLine.isControl(c) ? '\uFFFD' : c);
        }
        return sb.toString();
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }
}
