package dev.imgslim.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.imgslim.rules.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code .imgslim.yaml}. The YAML library is only loaded when a config file exists,
 * so runs without one start faster.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".imgslim.yaml";

    private ConfigLoader() {}

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

    /** Reads a config file; problems become {@link ConfigException} with {@code file:line:col: message}. */
    public static Config load(Path file) {
        Map<String, Object> raw;
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            Object parsed = yaml.readValue(Files.readAllBytes(file), Object.class);
            if (parsed == null) return withSource(Config.defaults(), file);
            if (!(parsed instanceof Map)) throw new ConfigException(file + ":1:1: error: the config must be a mapping of settings");
            @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) parsed;
            raw = m;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
            throw new ConfigException(file + ":" + line + ":" + col + ": error: invalid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ":1:1: error: cannot read: " + e.getMessage());
        }
        return fromMap(raw, file);
    }

    static Config fromMap(Map<String, Object> raw, Path file) {
        Config d = Config.defaults();
        List<String> ignore = strings(raw, "ignore", file);
        Map<String, Severity> severity = new LinkedHashMap<>();
        Object sev = raw.get("severity");
        if (sev instanceof Map<?, ?> sm) {
            for (var e : sm.entrySet()) {
                try {
                    severity.put(String.valueOf(e.getKey()), Severity.parse(String.valueOf(e.getValue())));
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException(file + ":1:1: error: severity." + e.getKey() + ": " + ex.getMessage());
                }
            }
        } else if (sev != null) {
            throw new ConfigException(file + ":1:1: error: 'severity' must map rule names to error|warning|info|style");
        }
        Severity threshold = d.failureThreshold();
        Object ft = raw.get("failure-threshold");
        if (ft != null) {
            try {
                threshold = Severity.parse(String.valueOf(ft));
            } catch (IllegalArgumentException ex) {
                throw new ConfigException(file + ":1:1: error: failure-threshold: " + ex.getMessage());
            }
        }
        String format = raw.get("format") == null ? null : String.valueOf(raw.get("format"));
        Map<String, String> labels = new LinkedHashMap<>();
        if (raw.get("label-schema") instanceof Map<?, ?> lm) {
            for (var e : lm.entrySet()) labels.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
        }
        boolean strict = Boolean.TRUE.equals(raw.get("strict-labels"));
        boolean shellcheck = !Boolean.FALSE.equals(raw.get("shellcheck"));
        for (String key : raw.keySet()) {
            if (!KNOWN_KEYS.contains(key)) {
                throw new ConfigException(file + ":1:1: error: unknown setting '" + key + "' (known: " + String.join(", ", KNOWN_KEYS) + ")");
            }
        }
        return new Config(ignore, severity, threshold, format, strings(raw, "trusted-registries", file), labels, strict,
                raw.get("catalog"), strings(raw, "mirrors", file), shellcheck, file);
    }

    static final List<String> KNOWN_KEYS = List.of("ignore", "severity", "failure-threshold", "format", "trusted-registries",
            "label-schema", "strict-labels", "catalog", "mirrors", "shellcheck");

    private static List<String> strings(Map<String, Object> raw, String key, Path file) {
        Object v = raw.get(key);
        if (v == null) return List.of();
        if (!(v instanceof List<?> list)) throw new ConfigException(file + ":1:1: error: '" + key + "' must be a list");
        List<String> out = new ArrayList<>();
        for (Object o : list) out.add(String.valueOf(o));
        return List.copyOf(out);
    }

    private static Config withSource(Config c, Path file) {
        return new Config(c.ignore(), c.severity(), c.failureThreshold(), c.format(), c.trustedRegistries(), c.labelSchema(),
                c.strictLabels(), c.catalog(), c.mirrors(), c.shellcheck(), file);
    }

    /** A config file that cannot be used. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) { super(message); }
    }
}
