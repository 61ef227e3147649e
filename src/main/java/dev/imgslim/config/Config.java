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
        Replaceable b = new Replaceable(this);
        b.source = file;
        b.positions = where;
        return b.config();
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
        Replaceable b = new Replaceable(this);
        b.ignore = List.copyOf(all);
        return b.config();
    }

    public Config withSeverity(Map<String, Severity> overrides) {
        Replaceable b = new Replaceable(this);
        b.severity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
        return b.config();
    }

    public Config withShellcheck(boolean on) {
        Replaceable b = new Replaceable(this);
        b.shellcheck = on;
        return b.config();
    }

    public Config withTrustedRegistries(List<String> registries) {
        Replaceable b = new Replaceable(this);
        b.trustedRegistries = List.copyOf(registries);
        return b.config();
    }

    /** These settings with more rules that are off by default turned on (codes, names or aliases). */
    public Config withEnable(List<String> more) {
        List<String> all = new java.util.ArrayList<>(enable);
        all.addAll(more);
        Replaceable b = new Replaceable(this);
        b.enable = List.copyOf(all);
        return b.config();
    }

    /**
     * The components of a {@link Config} that its {@code with} methods replace, while one is being replaced.
     * Set field by field, not through a Consumer: every lint replaces some, and a lambda's first run costs
     * ~0.1 ms of linking on JDK 17 (see dev.imgslim.rules.LintContext#sharedOrNull).
     */
    private static final class Replaceable {
        List<String> ignore;
        Map<String, Severity> severity;
        List<String> trustedRegistries;
        boolean shellcheck;
        Path source;
        Map<String, Position> positions;
        List<String> enable;

        private final Config c;

        Replaceable(Config c) {
            this.c = c;
            ignore = c.ignore;
            severity = c.severity;
            trustedRegistries = c.trustedRegistries;
            shellcheck = c.shellcheck;
            source = c.source;
            positions = c.positions;
            enable = c.enable;
        }

        /** A copy of the settings it was made of, with the components replaced. */
        Config config() {
            return new Config(
                    ignore,
                    severity,
                    c.failureThreshold,
                    c.format,
                    trustedRegistries,
                    c.labelSchema,
                    c.strictLabels,
                    c.catalog,
                    c.mirrors,
                    shellcheck,
                    source,
                    positions,
                    enable);
        }
    }
}
