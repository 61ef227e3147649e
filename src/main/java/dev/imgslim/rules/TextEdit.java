package dev.imgslim.rules;

/** Replace the original text's char range [start, end) with {@code text}. Offsets are Java char indices. */
public record TextEdit(int start, int end, String text) {
    public TextEdit {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad edit range " + start + ".." + end);
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }
}
