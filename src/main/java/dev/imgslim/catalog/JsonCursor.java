package dev.imgslim.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A pull reader over one JSON document held as UTF-8 bytes, for the bundled catalog files. Every lint
 * reads them, so they are read with no library and no reflection: loading Jackson's parser, reading
 * record components and an annotation proxy for the enum names cost more than the reading itself. Straight
 * from the bytes, not a decoded string: the files hold a few non-ASCII characters, which made the whole
 * text, and every string cut from it, two bytes a character to decode, copy and compress again; each
 * string is now decoded on its own, and one of ASCII only (nearly all) is copied as it is. A byte of a
 * UTF-8 sequence is never a quote, backslash or white space, so the structure is read byte by byte.
 * {@code null} is returned for a JSON {@code null} wherever a value may be missing.
 */
final class JsonCursor {
    private final byte[] text;
    private final String source;
    private int pos;

    JsonCursor(byte[] utf8, String source) {
        this.text = utf8;
        this.source = source;
    }

    /** Reads the object at the cursor, handing each field name to {@code field}, which must read its value. */
    void object(FieldReader field) {
        if (!expectOpening('{')) return;
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            String name = string();
            if (name == null) throw error("expected a field name");
            expect(':');
            field.read(name);
            char c = next();
            if (c == '}') return;
            if (c != ',') throw error("expected ',' or '}'");
        }
    }

    /** The array at the cursor, each element read by {@code element}; null for a JSON null. */
    <T> List<T> array(Supplier<T> element) {
        if (!expectOpening('[')) return null;
        List<T> out = new ArrayList<>();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(element.get());
            char c = next();
            if (c == ']') return out;
            if (c != ',') throw error("expected ',' or ']'");
        }
    }

    /** An array of strings. */
    List<String> strings() {
        return array(this::string);
    }

    /** An object of string values, in file order; null for a JSON null. */
    Map<String, String> stringMap() {
        if (peek() == 'n') {
            literal("null");
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        object(name -> out.put(name, string()));
        return out;
    }

    /** The string at the cursor, or null for a JSON null. */
    String string() {
        char c = peek();
        if (c == 'n') {
            literal("null");
            return null;
        }
        if (c != '"') throw error("expected a string");
        pos++;
        StringBuilder out = null;
        int start = pos;
        while (true) {
            if (pos >= text.length) throw error("unterminated string");
            byte b = text[pos];
            if (b == '"') {
                String s = out == null
                        ? decode(start, pos)
                        : out.append(decode(start, pos)).toString();
                pos++;
                return s;
            }
            if (b == '\\') {
                if (out == null) out = new StringBuilder();
                out.append(decode(start, pos));
                out.append(escape());
                start = pos;
            } else {
                pos++;
            }
        }
    }

    /** The text of bytes {@code from} to {@code to}. */
    private String decode(int from, int to) {
        return new String(text, from, to - from, StandardCharsets.UTF_8);
    }

    /** An integer; 0 for a JSON null (the value of a missing primitive). */
    long integer() {
        char c = peek();
        if (c == 'n') {
            literal("null");
            return 0;
        }
        int start = pos;
        if (c == '-') pos++;
        while (pos < text.length && text[pos] >= '0' && text[pos] <= '9') pos++;
        if (pos == start || (pos < text.length && ".eE".indexOf(text[pos]) >= 0)) {
            pos = start;
            throw error("expected an integer");
        }
        return Long.parseLong(new String(text, start, pos - start, StandardCharsets.ISO_8859_1));
    }

    /** {@code true} or {@code false}; null for a JSON null. */
    Boolean bool() {
        switch (peek()) {
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                throw error("expected true or false");
        }
    }

    /** Checks that only white space follows the document. */
    void end() {
        skipSpace();
        if (pos < text.length) throw error("unexpected text after the document");
    }

    /** An error naming the file, line and column of the cursor. */
    IllegalArgumentException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length; i++) {
            int b = text[i] & 0xff;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xc0) != 0x80) {
                column += b >= 0xf0 ? 2 : 1; // counted in UTF-16 characters, as in a string
            }
        }
        return new IllegalArgumentException(source + ":" + line + ":" + column + ": " + what);
    }

    /** Reads the value of one named field. */
    @FunctionalInterface
    interface FieldReader {
        void read(String name);
    }

    /** Consumes {@code open}, or a JSON null (false). */
    private boolean expectOpening(char open) {
        char c = peek();
        if (c == 'n') {
            literal("null");
            return false;
        }
        if (c != open) throw error("expected '" + open + "'");
        pos++;
        return true;
    }

    private char escape() {
        pos++; // the backslash
        if (pos >= text.length) throw error("unterminated string");
        char e = (char) text[pos++];
        switch (e) {
            case '"':
            case '\\':
            case '/':
                return e;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (pos + 4 > text.length) throw error("bad \\u escape");
                try {
                    char u = (char) Integer.parseInt(decode(pos, pos + 4), 16);
                    pos += 4;
                    return u;
                } catch (NumberFormatException ex) {
                    throw error("bad \\u escape");
                }
            default:
                pos--;
                throw error("bad escape \\" + e);
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos + i >= text.length || text[pos + i] != word.charAt(i)) throw error("expected " + word);
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (next() != c) {
            pos--;
            throw error("expected '" + c + "'");
        }
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private char peek() {
        skipSpace();
        if (pos >= text.length) throw error("unexpected end of the document");
        return (char) text[pos];
    }

    private void skipSpace() {
        while (pos < text.length) {
            byte c = text[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            pos++;
        }
    }
}
