package dev.imgslim.report;

import dev.imgslim.syntax.Span;

/**
 * Draws {@code ^~~~} under a span of one source line. The prefix copies each tab of the source line
 * (and blanks everything else), so the marker lines up whatever the terminal's tab width is; a tab
 * inside the span stays a tab too, leaving a gap in the {@code ~~~} rather than pushing its end out.
 * Columns are UTF-16 units (as in {@link Span}); a surrogate pair takes one cell, like the glyph does.
 * East Asian wide characters are not measured, so a marker after them may sit early.
 */
final class Underline {
    private Underline() {}

    /** The underline for {@code span} on {@code line} (the span's first line), without trailing blanks. */
    static String under(String line, Span span) {
        int start = clamp(span.startColumn() - 1, line.length());
        // A multi-line span is marked to the end of its first line; an empty span still gets one caret.
        int end = span.endLine() > span.startLine() ? line.length() : clamp(span.endColumn() - 1, line.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < start; i++) {
            char c = line.charAt(i);
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(line.charAt(i - 1))) continue;
            sb.append(c == '\t' ? '\t' : ' ');
        }
        sb.append('^');
        for (int i = start + 1; i < end; i++) {
            char c = line.charAt(i);
            if (Character.isLowSurrogate(c) && Character.isHighSurrogate(line.charAt(i - 1))) continue;
            sb.append(c == '\t' ? '\t' : '~');   // a tab's width is the terminal's; keep alignment over continuity
        }
        return sb.toString();
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
