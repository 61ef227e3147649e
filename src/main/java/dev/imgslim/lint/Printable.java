package dev.imgslim.lint;

/** Makes text taken from user input safe to echo on a terminal: no control characters, bounded length. */
public final class Printable {
    /** Long enough for any real message quoting a Dockerfile word, short enough for one terminal line or two. */
    public static final int MAX_CHARS = 200;

    private Printable() {}

    public static String clean(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_CHARS + 8));
        for (int i = 0; i < text.length() && b.length() < MAX_CHARS; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') b.append(' ');
            else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x7f)
                b.append(String.format("\\x%02x", c & 0xff));
            else b.appendCodePoint(c);
            if (b.length() >= MAX_CHARS && i < text.length()) {
                b.append("...");
                break;
            }
        }
        return b.toString();
    }
}
