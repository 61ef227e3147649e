package dev.imgslim.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML into plain values (maps, lists, strings, numbers, booleans, null) and remembers where each
 * key and value is written, so a bad setting is reported at its own line and column. Duplicate keys are
 * errors (a YAML mapping's keys are unique; silently keeping the last one hides a mistake).
 */
final class YamlTree {
    /** A value with its kind as written: {@code "false"} (quoted) stays a string, {@code false} is a boolean. */
    record Parsed(Optional<Object> root, Map<String, Position> positions) {}

    /** A problem at a position; the loader adds the file name. */
    static final class YamlProblem extends Exception {
        final Position at;

        YamlProblem(Position at, String message) {
            super(message);
            this.at = at;
        }
    }

    private final Map<String, Position> positions = new LinkedHashMap<>();

    private YamlTree() {}

    /**
     * Parses one YAML document.
     *
     * @return the root value (empty for an empty or comment-only document, or a bare {@code null}) and positions
     *         keyed by path:
     *         {@code key}, {@code severity.DL3008}, {@code ignore[0]} for values; {@code severity.DL3008#key} for keys
     */
    static Parsed parse(byte[] text) throws IOException, YamlProblem {
        YamlTree tree = new YamlTree();
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) return new Parsed(Optional.empty(), Map.of());
            Object root = tree.value(p, "");
            return new Parsed(Optional.ofNullable(root), tree.positions);
        }
    }

    private Object value(JsonParser p, String path) throws IOException, YamlProblem {
        positions.put(path, at(p.currentTokenLocation()));
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = path.isEmpty() ? key : path + "." + key;
                    Position keyAt = at(p.currentTokenLocation());
                    if (map.containsKey(key)) throw new YamlProblem(keyAt, "duplicate key '" + key + "'");
                    positions.put(child + "#key", keyAt);
                    p.nextToken();
                    map.put(key, value(p, child));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(value(p, path + "[" + list.size() + "]"));
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getNumberValue();
            }
            case VALUE_TRUE -> {
                return true;
            }
            case VALUE_FALSE -> {
                return false;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }

    private static Position at(JsonLocation loc) {
        if (loc == null) return Position.START;
        return new Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
