package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a Dockerfile JSON (exec) form the way BuildKit does with Go's encoding/json: the whole text
 * must be valid JSON (else BuildKit falls back to the shell form), and a valid array holding anything
 * but strings is an error.
 */
final class GoJson {
    /** Valid JSON, but not an array of strings: BuildKit rejects the instruction. */
    static final class NotStringArray extends Exception {
        NotStringArray() {
            super("Dockerfile JSON arrays must contain only strings");
        }
    }

    private final String s;
    private int pos;

    private GoJson(String s) {
        this.s = s;
    }

    /** The strings of the array; empty when the text is not valid JSON (the shell form). */
    static Optional<List<String>> parseStringArray(String text) throws NotStringArray {
        GoJson p = new GoJson(text);
        List<Object> values;
        try {
            p.ws();
            Object v = p.value();
            p.ws();
            if (p.pos != text.length() || !(v instanceof List)) return Optional.empty();
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) v;
            values = list;
        } catch (IllegalStateException invalid) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(values.size());
        for (Object o : values) {
            if (!(o instanceof String str)) throw new NotStringArray();
            out.add(str);
        }
        return Optional.of(out);
    }

    /**
     * The [start, end) offsets of each string literal's contents in {@code text} (inside the quotes): for
     * a valid string array, one per element, in order.
     */
    static List<int[]> stringLiteralSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '"') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != '"') j += text.charAt(j) == '\\' ? 2 : 1;
            out.add(new int[] {i + 1, Math.min(j, text.length())});
            i = Math.min(j + 1, text.length());
        }
        return out;
    }

    private void ws() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
            else break;
        }
    }

    private IllegalStateException invalid() {
        return new IllegalStateException("invalid JSON at " + pos);
    }

    private Object value() {
        if (pos >= s.length()) throw invalid();
        char c = s.charAt(pos);
        switch (c) {
            case '[':
                return array();
            case '{':
                object();
                return new Object();
            case '"':
                return string();
            case 't':
                literal("true");
                return true;
            case 'f':
                literal("false");
                return false;
            case 'n':
                literal("null");
                return new Object();
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                    return 0;
                }
                throw invalid();
        }
    }

    private List<Object> array() {
        pos++;
        List<Object> out = new ArrayList<>();
        ws();
        if (pos < s.length() && s.charAt(pos) == ']') {
            pos++;
            return out;
        }
        while (true) {
            ws();
            out.add(value());
            ws();
            if (pos >= s.length()) throw invalid();
            char c = s.charAt(pos++);
            if (c == ']') return out;
            if (c != ',') throw invalid();
        }
    }

    private void object() {
        pos++;
        ws();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            return;
        }
        while (true) {
            ws();
            if (pos >= s.length() || s.charAt(pos) != '"') throw invalid();
            string();
            ws();
            if (pos >= s.length() || s.charAt(pos++) != ':') throw invalid();
            ws();
            value();
            ws();
            if (pos >= s.length()) throw invalid();
            char c = s.charAt(pos++);
            if (c == '}') return;
            if (c != ',') throw invalid();
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, pos)) throw invalid();
        pos += word.length();
    }

    private void number() {
        if (s.charAt(pos) == '-') pos++;
        if (pos >= s.length()) throw invalid();
        if (s.charAt(pos) == '0') pos++;
        else if (isDigit()) {
            while (isDigit()) pos++;
        } else throw invalid();
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (!isDigit()) throw invalid();
            while (isDigit()) pos++;
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
            if (!isDigit()) throw invalid();
            while (isDigit()) pos++;
        }
    }

    private boolean isDigit() {
        return pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9';
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= s.length()) throw invalid();
            char c = s.charAt(pos++);
            if (c == '"') return out.toString();
            if (c < 0x20) throw invalid();
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= s.length()) throw invalid();
            char e = s.charAt(pos++);
            switch (e) {
                case '"':
                    out.append('"');
                    break;
                case '\\':
                    out.append('\\');
                    break;
                case '/':
                    out.append('/');
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'u':
                    out.appendCodePoint(unicodeEscape());
                    break;
                default:
                    throw invalid();
            }
        }
    }

    /** Go decodes a surrogate pair into one rune and a lone surrogate into U+FFFD. */
    private int unicodeEscape() {
        int first = hex4();
        if (first >= 0xD800 && first < 0xDC00) {
            if (s.startsWith("\\u", pos)) {
                int save = pos;
                pos += 2;
                int second = hex4();
                if (second >= 0xDC00 && second < 0xE000) return Character.toCodePoint((char) first, (char) second);
                pos = save;
            }
            return 0xFFFD;
        }
        if (first >= 0xDC00 && first < 0xE000) return 0xFFFD;
        return first;
    }

    private int hex4() {
        if (pos + 4 > s.length()) throw invalid();
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos++), 16);
            if (d < 0) throw invalid();
            v = v * 16 + d;
        }
        return v;
    }
}
