package dev.imgslim.config;

import dev.imgslim.rules.Severity;

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
 */
public record Config(List<String> ignore, Map<String, Severity> severity, Severity failureThreshold, String format,
                     List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                     Object catalog, List<String> mirrors, boolean shellcheck, Path source) {

    public static Config defaults() {
        return new Config(List.of(), Map.of(), Severity.WARNING, null, List.of(), Map.of(), false, null, List.of(), true, null);
    }

    public Config withIgnore(List<String> more) {
        List<String> all = new java.util.ArrayList<>(ignore);
        all.addAll(more);
        return new Config(List.copyOf(all), severity, failureThreshold, format, trustedRegistries, labelSchema, strictLabels, catalog, mirrors, shellcheck, source);
    }

    public Config withFailureThreshold(Severity s) {
        return new Config(ignore, severity, s, format, trustedRegistries, labelSchema, strictLabels, catalog, mirrors, shellcheck, source);
    }

    public Config withShellcheck(boolean on) {
        return new Config(ignore, severity, failureThreshold, format, trustedRegistries, labelSchema, strictLabels, catalog, mirrors, on, source);
    }

    public Config withTrustedRegistries(List<String> registries) {
        return new Config(ignore, severity, failureThreshold, format, List.copyOf(registries), labelSchema, strictLabels, catalog, mirrors, shellcheck, source);
    }
}
