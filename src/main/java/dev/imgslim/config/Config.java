package dev.imgslim.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The effective settings of a run: defaults, overridden by {@code .imgslim.yaml}, overridden by flags.
 *
 * @param ignore            rule codes, names or aliases never reported
 * @param severity          per-rule severity overrides (key: code, name or alias)
 * @param failureThreshold  findings at or above it make the exit code 1
 * @param format            default output format, or null to choose by terminal
 * @param trustedRegistries registries FROM may use (empty: any)
 * @param labelSchema       required labels and their types (hadolint's label-schema)
 * @param strictLabels      when true, labels outside the schema are reported
 * @param catalog           user catalog entries (raw, bound by the catalog package)
 * @param mirrors           registry mirror prefixes that stand for Docker Hub
 * @param source            the file these settings came from, or null
 * @param positions         where each setting is written in {@code source} (keys as in {@link #position}), for messages
 * @param enable            rules that are off by default to run (codes, names or aliases)
 */
public record Config(
        List<String> ignore,
        Map<String, Severity> severity,
        Severity failureThreshold,
        String format,
        List<String> trustedRegistries,
        Map<String, String> labelSchema,
        boolean strictLabels,
        Object catalog,
        List<String> mirrors,
        boolean shellcheck,
        Path source,
        Map<String, Position> positions,
        List<String> enable) {

    public Config {
        positions = positions == null ? Map.of() : Map.copyOf(positions);
        enable = enable == null ? List.of() : List.copyOf(enable);
    }

    /**
     * Where a setting is written in {@link #source()}: {@code "ignore[2]"}, {@code "severity.DL3008"} for a value,
     * {@code "severity.DL3008#key"} for its key; empty when it did not come from the file.
     */
    public java.util.Optional<Position> position(String path) {
        return java.util.Optional.ofNullable(positions.get(path));
    }

    /** These settings as read from {@code file}. */
    public Config withSource(Path file, Map<String, Position> where) {
        return with(b -> {
            b.source = file;
            b.positions = where;
        });
    }

    public static Config defaults() {
        return new Config(
                List.of(),
                Map.of(),
                Severity.WARNING,
                null,
                List.of(),
                Map.of(),
                false,
                null,
                List.of(),
                true,
                null,
                null,
                List.of());
    }

    public Config withIgnore(List<String> more) {
        List<String> all = new java.util.ArrayList<>(ignore);
        all.addAll(more);
        return with(b -> b.ignore = List.copyOf(all));
    }

    public Config withSeverity(Map<String, Severity> overrides) {
        return with(b -> b.severity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides)));
    }

    public Config withShellcheck(boolean on) {
        return with(b -> b.shellcheck = on);
    }

    public Config withTrustedRegistries(List<String> registries) {
        return with(b -> b.trustedRegistries = List.copyOf(registries));
    }

    /** These settings with more rules that are off by default turned on (codes, names or aliases). */
    public Config withEnable(List<String> more) {
        List<String> all = new java.util.ArrayList<>(enable);
        all.addAll(more);
        return with(b -> b.enable = List.copyOf(all));
    }

    /** A copy of these settings with {@code change} applied to the components a {@code with} method replaces. */
    private Config with(java.util.function.Consumer<Replaceable> change) {
        Replaceable b = new Replaceable(this);
        change.accept(b);
        return new Config(
                b.ignore,
                b.severity,
                failureThreshold,
                format,
                b.trustedRegistries,
                labelSchema,
                strictLabels,
                catalog,
                mirrors,
                b.shellcheck,
                b.source,
                b.positions,
                b.enable);
    }

    /** The components of a {@link Config} that its {@code with} methods replace, while one is being replaced. */
    private static final class Replaceable {
        List<String> ignore;
        Map<String, Severity> severity;
        List<String> trustedRegistries;
        boolean shellcheck;
        Path source;
        Map<String, Position> positions;
        List<String> enable;

        Replaceable(Config c) {
            ignore = c.ignore;
            severity = c.severity;
            trustedRegistries = c.trustedRegistries;
            shellcheck = c.shellcheck;
            source = c.source;
            positions = c.positions;
            enable = c.enable;
        }
    }
}
