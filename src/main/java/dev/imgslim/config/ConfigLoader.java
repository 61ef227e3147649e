package dev.imgslim.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code .imgslim.yaml}. Every value is checked for its type, and every error names
 * the line and column of the key or value at fault. The YAML library is only loaded when a config
 * file exists, so runs without one start faster.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".imgslim.yaml";
    /** A real config is a few hundred bytes; a larger file is a mistake (and parsing it would take minutes). */
    public static final int MAX_BYTES = 1024 * 1024;

    static final List<String> KNOWN_KEYS = List.of(
            "ignore",
            "enable",
            "severity",
            "failure-threshold",
            "format",
            "trusted-registries",
            "label-schema",
            "strict-labels",
            "catalog",
            "mirrors",
            "shellcheck");

    private final Path file;
    private final Map<String, Position> positions;

    private ConfigLoader(Path file, Map<String, Position> positions) {
        this.file = file;
        this.positions = positions;
    }

    /** {@code .imgslim.yaml} (or {@code .imgslim.yml}) in {@code start} or a parent, stopping at a git root. */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        while (dir != null) {
            for (String name : List.of(FILE_NAME, ".imgslim.yml")) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) return Optional.of(p);
            }
            if (Files.exists(dir.resolve(".git"))) break;
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** Reads a config file; problems become {@link ConfigException} with {@code file:line:col: error: message}. */
    public static Config load(Path file) {
        byte[] bytes = read(file);
        YamlTree.Parsed parsed;
        try {
            parsed = YamlTree.parse(bytes);
        } catch (YamlTree.YamlProblem e) {
            throw new ConfigException(file + ":" + e.at + ": error: " + e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
            throw new ConfigException(
                    file + ":" + line + ":" + col + ": error: invalid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ":1:1: error: cannot read: " + e.getMessage());
        }
        // An empty or comment-only file means the defaults.
        if (parsed.root().isEmpty()) return Config.defaults().withSource(file, Map.of());
        ConfigLoader loader = new ConfigLoader(file, parsed.positions());
        Object root = parsed.root().get();
        if (!(root instanceof Map<?, ?>)) throw loader.error("", "the config must be a mapping of settings");
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) root;
        return loader.fromMap(raw);
    }

    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ConfigException(
                        file + ":1:1: error: larger than " + (MAX_BYTES / 1024) + " KiB, not an imgslim config");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ":1:1: error: no such config file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(file + ":1:1: error: cannot read: permission denied");
        } catch (IOException e) {
            throw new ConfigException(file + ":1:1: error: cannot read: " + e.getMessage());
        }
    }

    private Config fromMap(Map<String, Object> raw) {
        for (String key : raw.keySet()) {
            if (!KNOWN_KEYS.contains(key)) {
                throw error(
                        key + "#key", "unknown setting '" + key + "' (known: " + String.join(", ", KNOWN_KEYS) + ")");
            }
        }
        Config d = Config.defaults();
        Map<String, Severity> severity = new LinkedHashMap<>();
        Object sev = raw.get("severity");
        if (sev instanceof Map<?, ?> sm) {
            for (var e : sm.entrySet()) {
                String path = "severity." + e.getKey();
                if (!(e.getValue() instanceof String level))
                    throw error(path, "severity." + e.getKey() + ": expected error, warning, info or style");
                try {
                    severity.put(String.valueOf(e.getKey()), Severity.parse(level));
                } catch (IllegalArgumentException ex) {
                    throw error(path, "severity." + e.getKey() + ": " + ex.getMessage());
                }
            }
        } else if (sev != null) {
            throw error("severity", "'severity' must map rule names to error|warning|info|style");
        }
        Severity threshold = d.failureThreshold();
        Object ft = raw.get("failure-threshold");
        if (ft != null) {
            if (!(ft instanceof String level))
                throw error("failure-threshold", "failure-threshold: expected error, warning, info or style");
            try {
                threshold = Severity.parse(level);
            } catch (IllegalArgumentException ex) {
                throw error("failure-threshold", "failure-threshold: " + ex.getMessage());
            }
        }
        Object fmt = raw.get("format");
        if (fmt != null && !(fmt instanceof String))
            throw error("format", "'format' must be a format name such as plain or json");
        Map<String, String> labels = new LinkedHashMap<>();
        Object schema = raw.get("label-schema");
        if (schema instanceof Map<?, ?> lm) {
            for (var e : lm.entrySet()) {
                if (!(e.getValue() instanceof String type)) {
                    throw error(
                            "label-schema." + e.getKey(),
                            "label-schema." + e.getKey() + ": the type must be a word such as text or semver");
                }
                labels.put(String.valueOf(e.getKey()), type);
            }
        } else if (schema != null) {
            throw error(
                    "label-schema",
                    "'label-schema' must map label names to types (text, url, semver, hash, rfc3339, spdx, email)");
        }
        boolean strict = bool(raw, "strict-labels", false);
        boolean shellcheck = bool(raw, "shellcheck", true);
        Object catalog = raw.get("catalog");
        if (catalog != null && !(catalog instanceof Map<?, ?>) && !(catalog instanceof List<?>)) {
            throw error("catalog", "'catalog' must be a mapping of catalog entries");
        }
        return new Config(
                strings(raw, "ignore"),
                severity,
                threshold,
                (String) fmt,
                strings(raw, "trusted-registries"),
                labels,
                strict,
                catalog,
                strings(raw, "mirrors"),
                shellcheck,
                file,
                positions,
                strings(raw, "enable"));
    }

    private boolean bool(Map<String, Object> raw, String key, boolean dflt) {
        Object v = raw.get(key);
        if (v == null) return dflt;
        if (!(v instanceof Boolean b))
            throw error(key, "'" + key + "' must be true or false (unquoted), not " + describe(v));
        return b;
    }

    private List<String> strings(Map<String, Object> raw, String key) {
        Object v = raw.get(key);
        if (v == null) return List.of();
        if (!(v instanceof List<?> list)) throw error(key, "'" + key + "' must be a list");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            if (!(o instanceof String) && !(o instanceof Number))
                throw error(key + "[" + i + "]", "'" + key + "' entries must be words, not " + describe(o));
            out.add(String.valueOf(o));
        }
        return List.copyOf(out);
    }

    private static String describe(Object v) {
        if (v == null) return "empty";
        if (v instanceof String s) return "the text \"" + s + "\"";
        if (v instanceof List<?>) return "a list";
        if (v instanceof Map<?, ?>) return "a mapping";
        return String.valueOf(v);
    }

    private ConfigException error(String path, String message) {
        Position at = positions.getOrDefault(path, Position.START);
        return new ConfigException(file + ":" + at + ": error: " + message);
    }

    /** A config file that cannot be used. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
