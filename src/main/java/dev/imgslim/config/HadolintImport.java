package dev.imgslim.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates a hadolint config file ({@code .hadolint.yaml}) into the equivalent {@code .imgslim.yaml}
 * settings. hadolint's rule codes ({@code DL3008}, {@code SC2086}) are valid ids in imgslim (rules carry
 * their DL code as an alias; ShellCheck findings carry their SC code), so lists of codes are kept as is.
 *
 * <pre>
 *   ignored: [..]                      → ignore: [..]
 *   override: {error: [DL3001], ...}   → severity: {DL3001: error, ...}
 *   trustedRegistries: x | [..]        → trusted-registries: [..]
 *   label-schema: {k: type}            → label-schema: {k: type}
 *   strict-labels: bool                → strict-labels: bool
 *   failure-threshold: error..style    → failure-threshold (ignore and none: not mapped, use --no-fail)
 *   format: tty|json|sarif|...         → format where imgslim has one (gnu → plain, gitlab_codeclimate → gitlab)
 * </pre>
 * {@code no-fail}, {@code no-color}, {@code disable-ignore-pragma} and unknown keys are reported as not mapped.
 */
public final class HadolintImport {
    /** The settings to write, and what the user should be told about each hadolint key. */
    public record Result(Map<String, Object> settings, List<String> mapped, List<String> notMapped) {
        /** Every rule id the settings name (in ignore and severity), in order. */
        @SuppressWarnings("unchecked")
        public List<String> ruleIds() {
            java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
            if (settings.get("ignore") instanceof List<?> l) for (Object o : l) ids.add(String.valueOf(o));
            if (settings.get("severity") instanceof Map<?, ?> m) for (Object o : m.keySet()) ids.add(String.valueOf(o));
            return List.copyOf(ids);
        }

        /** The {@code .imgslim.yaml} text: a header comment, then the settings. */
        public String yaml(String from) {
            try {
                ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
                String body = settings.isEmpty() ? "{}\n" : yaml.writeValueAsString(settings);
                return "# imgslim settings imported from " + from + " (imgslim config import-hadolint)\n" + body;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Map<String, String> FORMATS = Map.of(
            "tty",
            "tty",
            "json",
            "json",
            "checkstyle",
            "checkstyle",
            "sarif",
            "sarif",
            "junit",
            "junit",
            "gnu",
            "plain",
            "gitlab_codeclimate",
            "gitlab",
            "codeclimate",
            "gitlab");

    private final Path file;
    private final Map<String, JsonLocation> where = new HashMap<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<String> mapped = new ArrayList<>();
    private final List<String> notMapped = new ArrayList<>();

    private HadolintImport(Path file) {
        this.file = file;
    }

    /** Reads and translates {@code file}; problems are {@link ConfigLoader.ConfigException}s with {@code file:line:col: error: ...}. */
    public static Result read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigLoader.ConfigException(file + ":1:1: error: no such file");
        } catch (IOException e) {
            throw new ConfigLoader.ConfigException(file + ":1:1: error: cannot read: " + e.getMessage());
        }
        return convert(file, text);
    }

    public static Result convert(Path file, String text) {
        HadolintImport im = new HadolintImport(file);
        Map<String, Object> raw = im.parse(text);
        im.translate(raw);
        return new Result(im.settings, im.mapped, im.notMapped);
    }

    /** The top-level mapping, remembering where each key is written for error messages. */
    private Map<String, Object> parse(String text) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (JsonParser p = yaml.getFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) return Map.of();
            if (first != JsonToken.START_OBJECT) {
                throw error(p.currentTokenLocation(), "a hadolint config must be a mapping of settings");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                where.put(key, p.currentTokenLocation());
                p.nextToken();
                out.put(key, yaml.readValue(p, Object.class));
            }
            return out;
        } catch (ConfigLoader.ConfigException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw error(e.getLocation(), "invalid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigLoader.ConfigException(file + ":1:1: error: cannot read: " + e.getMessage());
        }
    }

    private void translate(Map<String, Object> raw) {
        for (var e : raw.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            switch (key) {
                case "ignored" -> {
                    List<String> ids = strings(key, v, false);
                    settings.put("ignore", ids);
                    mapped.add("ignored -> ignore: " + String.join(", ", ids));
                }
                case "override" -> override(v);
                case "trustedRegistries" -> {
                    List<String> regs = strings(key, v, true);
                    settings.put("trusted-registries", regs);
                    mapped.add("trustedRegistries -> trusted-registries: " + String.join(", ", regs));
                }
                case "label-schema" -> {
                    if (v == null) continue;
                    if (!(v instanceof Map<?, ?> m))
                        throw error(
                                key,
                                "'label-schema' must map label names to types (text, url, semver, hash, rfc3339, spdx, email)");
                    Map<String, String> schema = new LinkedHashMap<>();
                    for (var le : m.entrySet()) {
                        if (le.getValue() instanceof Map || le.getValue() instanceof List) {
                            throw error(
                                    key,
                                    "label-schema." + le.getKey() + ": the type must be a word such as text or semver");
                        }
                        schema.put(String.valueOf(le.getKey()), String.valueOf(le.getValue()));
                    }
                    settings.put("label-schema", schema);
                    mapped.add("label-schema -> label-schema: " + schema.size() + " label(s)");
                }
                case "strict-labels" -> {
                    settings.put("strict-labels", bool(key, v));
                    mapped.add("strict-labels -> strict-labels: " + bool(key, v));
                }
                case "failure-threshold" -> {
                    String t = word(key, v);
                    switch (t) {
                        case "error", "warning", "info", "style" -> {
                            settings.put("failure-threshold", t);
                            mapped.add("failure-threshold -> failure-threshold: " + t);
                        }
                        case "ignore", "none" ->
                            notMapped.add("failure-threshold: " + t
                                    + " (imgslim has no such level; pass --no-fail to never fail on findings)");
                        default ->
                            throw error(
                                    key,
                                    "failure-threshold: unknown level '" + t
                                            + "' (expected error, warning, info, style, ignore or none)");
                    }
                }
                case "format" -> {
                    String f = word(key, v);
                    String ours = FORMATS.get(f);
                    if (ours != null) {
                        settings.put("format", ours);
                        mapped.add("format -> format: " + ours
                                + (ours.equals(f) ? "" : " (imgslim's equivalent of " + f + ")")
                                + (f.equals("json") ? " (imgslim's JSON report has its own shape)" : ""));
                    } else {
                        notMapped.add("format: " + f
                                + " (imgslim writes tty, plain, json, sarif, checkstyle, gitlab, github, junit)");
                    }
                }
                case "no-fail" -> notMapped.add("no-fail: " + v + " (not a setting in imgslim; pass --no-fail)");
                case "no-color" ->
                    notMapped.add("no-color: " + v + " (not a setting in imgslim; pass --no-color or set NO_COLOR)");
                case "disable-ignore-pragma" ->
                    notMapped.add("disable-ignore-pragma: " + v + " (imgslim always honours inline ignores)");
                default -> notMapped.add(key + " (not a hadolint setting imgslim knows)");
            }
        }
    }

    private void override(Object v) {
        if (v == null) return;
        if (!(v instanceof Map<?, ?> m))
            throw error("override", "'override' must map error, warning, info or style to lists of rules");
        Map<String, String> severity = new LinkedHashMap<>();
        for (var e : m.entrySet()) {
            String level = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            if (!List.of("error", "warning", "info", "style").contains(level)) {
                throw error(
                        "override",
                        "override." + e.getKey() + ": unknown level (expected error, warning, info or style)");
            }
            for (String id : strings("override." + level, e.getValue(), false)) severity.put(id, level);
        }
        settings.put("severity", severity);
        List<String> parts = new ArrayList<>();
        severity.forEach((id, level) -> parts.add(id + "=" + level));
        mapped.add("override -> severity: " + String.join(", ", parts));
    }

    private List<String> strings(String key, Object v, boolean oneAllowed) {
        if (v == null) return List.of();
        if (oneAllowed && (v instanceof String || v instanceof Number)) return List.of(String.valueOf(v));
        if (!(v instanceof List<?> list))
            throw error(key.split("\\.")[0], "'" + key + "' must be a list" + (oneAllowed ? " or one value" : ""));
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map || o instanceof List)
                throw error(key.split("\\.")[0], "'" + key + "' must list plain values");
            out.add(String.valueOf(o));
        }
        return out;
    }

    private boolean bool(String key, Object v) {
        if (v instanceof Boolean b) return b;
        throw error(key, "'" + key + "' must be true or false");
    }

    private String word(String key, Object v) {
        if (v instanceof String s) return s.trim().toLowerCase(Locale.ROOT);
        throw error(key, "'" + key + "' must be a word");
    }

    private ConfigLoader.ConfigException error(String key, String message) {
        return error(where.get(key), message);
    }

    private ConfigLoader.ConfigException error(JsonLocation loc, String message) {
        int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
        int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
        return new ConfigLoader.ConfigException(file + ":" + line + ":" + col + ": error: " + message);
    }
}
