package dev.imgslim.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the leading {@code --flag} words off an instruction's arguments, as BuildKit's
 * extractBuilderFlags does. BuildKit walks the text byte by byte and appends each byte as a rune, so
 * non-ASCII text inside a flag comes out as Latin-1 characters; we reproduce that so dumps stay
 * byte-identical.
 */
final class BuilderFlags {
    /** A flag word and where it stands in the input (char offsets, end exclusive). */
    record Word(String text, int start, int end) {}

    record Result(List<Word> flags, int restStart) {}

    private BuilderFlags() {}

    static Result extract(String line) {
        // Most instructions have no flag: when the first word after ASCII blanks does not start with --,
        // the answer is known without the byte copy and byte-to-char index of the whole line.
        int first = 0;
        while (first < line.length() && line.charAt(first) < 0x80 && isByteSpace(line.charAt(first))) first++;
        if (first < line.length()
                && line.charAt(first) < 0x80
                && !(line.charAt(first) == '-' && first + 1 < line.length() && line.charAt(first + 1) == '-')) {
            return new Result(new ArrayList<>(), first);
        }
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        // As many bytes as chars: ASCII, where a byte's index is its char's (no map of the whole line, which
        // a RUN --mount made for all of its script: 1.4 % of what a 10,000-file lint allocated).
        int[] charAt = b.length == line.length() ? null : byteToCharIndex(line, b.length);
        List<Word> words = new ArrayList<>();
        final int inSpaces = 0, inWord = 1, inQuote = 2;
        int phase = inSpaces;
        StringBuilder word = new StringBuilder();
        int wordStart = 0;
        char quote = 0;
        boolean blankOk = false;
        int ch = 0;
        for (int pos = 0; pos <= b.length; pos++) {
            if (pos != b.length) ch = b[pos] & 0xff;
            if (phase == inSpaces) {
                if (pos == b.length) break;
                if (isByteSpace(ch)) continue;
                if (ch != '-' || pos + 1 == b.length || b[pos + 1] != '-') {
                    return new Result(words, charIndex(charAt, pos));
                }
                phase = inWord;
                wordStart = pos;
            }
            if ((phase == inWord || phase == inQuote) && pos == b.length) {
                if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
                    words.add(new Word(word.toString(), charIndex(charAt, wordStart), charIndex(charAt, pos)));
                }
                break;
            }
            if (phase == inWord) {
                if (isByteSpace(ch)) {
                    phase = inSpaces;
                    if (word.toString().equals("--")) return new Result(words, charIndex(charAt, pos));
                    if (blankOk || word.length() > 0)
                        words.add(new Word(word.toString(), charIndex(charAt, wordStart), charIndex(charAt, pos)));
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = (char) ch;
                    blankOk = true;
                    phase = inQuote;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == b.length) continue;
                    pos++;
                    ch = b[pos] & 0xff;
                }
                word.append((char) ch);
                continue;
            }
            // inQuote
            if (ch == quote) {
                phase = inWord;
                continue;
            }
            if (ch == '\\') {
                if (pos + 1 == b.length) {
                    phase = inWord;
                    continue;
                }
                pos++;
                ch = b[pos] & 0xff;
            }
            word.append((char) ch);
        }
        return new Result(words, line.length());
    }

    /** unicode.IsSpace applied to a single byte taken as a rune. */
    private static boolean isByteSpace(int ch) {
        return ch == '\t'
                || ch == '\n'
                || ch == 0x0B
                || ch == '\f'
                || ch == '\r'
                || ch == ' '
                || ch == 0x85
                || ch == 0xA0;
    }

    /** The char index of byte {@code pos}: {@code map}'s entry, or the byte index itself when there is no map. */
    private static int charIndex(int[] map, int pos) {
        return map == null ? pos : map[pos];
    }

    private static int[] byteToCharIndex(String s, int byteLength) {
        int[] map = new int[byteLength + 1];
        int bi = 0;
        for (int ci = 0; ci < s.length(); ) {
            int cp = s.codePointAt(ci);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            for (int k = 0; k < n; k++) map[bi + k] = ci;
            bi += n;
            ci += Character.charCount(cp);
        }
        map[byteLength] = s.length();
        return map;
    }
}
