package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code RUN --mount=...} value split into its key/value parts. BuildKit reads it as one CSV record,
 * so a field may be quoted to hold a comma.
 */
public record Mount(Map<String, String> options) {

    public static Mount parse(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : csvFields(value)) {
            int eq = field.indexOf('=');
            String k = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(java.util.Locale.ROOT);
            out.put(k, eq < 0 ? "" : field.substring(eq + 1));
        }
        return new Mount(out);
    }

    /** The mount type; BuildKit's default is {@code bind}. */
    public String type() {
        return options.getOrDefault("type", "bind");
    }

    /** The mount point ({@code target}, {@code dst} or {@code destination}). */
    public String target() {
        for (String k : List.of("target", "dst", "destination")) if (options.containsKey(k)) return options.get(k);
        return null;
    }

    public String get(String key) {
        return options.get(key);
    }

    private static List<String> csvFields(String s) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"' && cur.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0 || !fields.isEmpty()) fields.add(cur.toString());
        return fields;
    }
}
