package dev.imgslim.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the compact form {@link CompactIn} reads: numbers as unsigned varints, each distinct string once
 * in a table at the front and elsewhere as its index (0 for null, else index + 1).
 */
final class CompactOut {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    void number(long n) {
        if (n < 0) throw new IllegalArgumentException("negative number in the catalog: " + n);
        varint(body, n);
    }

    void flag(boolean b) {
        body.write(b ? 1 : 0);
    }

    void string(String s) {
        if (s == null) {
            number(0);
            return;
        }
        Integer index = indexes.get(s);
        if (index == null) {
            index = strings.size();
            indexes.put(s, index);
            strings.add(s);
        }
        number(index + 1L);
    }

    void strings(List<String> list) {
        number(list.size());
        for (String s : list) string(s);
    }

    void map(Map<String, String> map) {
        number(map.size());
        map.forEach((key, value) -> {
            string(key);
            string(value);
        });
    }

    /** The whole form: {@code magic}, the string table, then what was written. */
    byte[] bytes(int magic) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, magic);
        varint(out, strings.size());
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(out, utf8.length);
            out.writeBytes(utf8);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long n) {
        while ((n & ~0x7FL) != 0) {
            out.write((int) ((n & 0x7F) | 0x80));
            n >>>= 7;
        }
        out.write((int) n);
    }
}
