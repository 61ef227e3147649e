package dev.imgslim.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what {@link CompactOut} wrote, front to back; a form that does not fit throws {@link IllegalStateException}. */
final class CompactIn {
    private final byte[] bytes;
    private final String[] strings;
    private int at;

    /** Starts reading {@code bytes}, whose first number must be {@code magic}. */
    CompactIn(byte[] bytes, int magic) {
        this.bytes = bytes;
        if (number() != magic) throw new IllegalStateException("not a compact catalog of this version");
        strings = new String[count()];
        for (int i = 0; i < strings.length; i++) {
            int length = count();
            if (length > bytes.length - at) throw truncated();
            strings[i] = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
        }
    }

    long number() {
        long n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= bytes.length) throw truncated();
            int b = bytes[at++];
            n |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return n;
        }
        throw new IllegalStateException("compact catalog: number too long at byte " + at);
    }

    /** A count or a length: a number that fits the file. */
    int count() {
        long n = number();
        if (n > bytes.length) throw new IllegalStateException("compact catalog: count " + n + " at byte " + at);
        return (int) n;
    }

    boolean flag() {
        if (at >= bytes.length) throw truncated();
        return bytes[at++] != 0;
    }

    String string() {
        long ref = number();
        if (ref == 0) return null;
        if (ref > strings.length) throw new IllegalStateException("compact catalog: string " + ref + " at byte " + at);
        return strings[(int) ref - 1];
    }

    List<String> strings() {
        int n = count();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(string());
        return list;
    }

    Map<String, String> map() {
        int n = count();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) map.put(string(), string());
        return map;
    }

    /** Throws unless every byte was read. */
    void end() {
        if (at != bytes.length)
            throw new IllegalStateException("compact catalog: " + (bytes.length - at) + " bytes left");
    }

    private IllegalStateException truncated() {
        return new IllegalStateException("compact catalog: truncated at byte " + at);
    }
}
