package dev.imgslim.fix;

/** A file keeps its own line endings: text a fix inserts is written with the file's first line ending. */
public final class LineEndings {
    private LineEndings() {}

    /** {@code \r\n} when the file's first line ends so, else {@code \n}. */
    public static String of(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /** {@code inserted} with every bare {@code \n} written as {@code eol}. */
    static String convert(String inserted, String eol) {
        if (eol.equals("\n") || inserted.indexOf('\n') < 0) return inserted;
        StringBuilder sb = new StringBuilder(inserted.length() + 8);
        for (int i = 0; i < inserted.length(); i++) {
            char c = inserted.charAt(i);
            if (c == '\n' && (i == 0 || inserted.charAt(i - 1) != '\r')) sb.append('\r');
            sb.append(c);
        }
        return sb.toString();
    }
}
