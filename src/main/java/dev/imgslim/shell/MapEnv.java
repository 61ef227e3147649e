package dev.imgslim.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** An immutable, insertion-ordered {@link Env} backed by a map. */
public final class MapEnv implements Env {

    static final MapEnv EMPTY = new MapEnv(Map.of());

    private final Map<String, String> values;

    /** Copies {@code values}; null values are not allowed (leave the key out to mean unset). */
    public MapEnv(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, k)));
        this.values = Collections.unmodifiableMap(copy);
    }

    static MapEnv fromEntries(List<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                map.put(entry, "");
            } else {
                map.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return new MapEnv(map);
    }

    @Override
    public String get(String name) {
        return values.get(name);
    }

    @Override
    public Set<String> names() {
        return values.keySet();
    }

    /** The variables as an unmodifiable map. */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "MapEnv" + values;
    }
}
