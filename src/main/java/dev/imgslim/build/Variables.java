package dev.imgslim.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The build-time variables in scope at one point of a Dockerfile: ARGs and ENVs, with their values
 * (null for an ARG declared without a value and not given on the command line).
 */
public final class Variables {
    /** ARGs BuildKit defines without a declaration in the global scope (usable in FROM). */
    public static final Set<String> AUTOMATIC_PLATFORM_ARGS = Set.of(
            "TARGETPLATFORM",
            "TARGETOS",
            "TARGETARCH",
            "TARGETVARIANT",
            "BUILDPLATFORM",
            "BUILDOS",
            "BUILDARCH",
            "BUILDVARIANT",
            "TARGETSTAGE");
    /** Proxy ARGs every build accepts without a declaration. */
    public static final Set<String> PREDEFINED_ARGS = Set.of(
            "HTTP_PROXY",
            "http_proxy",
            "HTTPS_PROXY",
            "https_proxy",
            "FTP_PROXY",
            "ftp_proxy",
            "NO_PROXY",
            "no_proxy",
            "ALL_PROXY",
            "all_proxy");

    private final Map<String, String> values;
    private final Set<String> envNames;

    Variables(Map<String, String> values, Set<String> envNames) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.envNames = Set.copyOf(envNames);
    }

    public static Variables empty() {
        return new Variables(Map.of(), Set.of());
    }

    public boolean isDefined(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when undefined or declared without a value. */
    public String get(String name) {
        return values.get(name);
    }

    public boolean isEnv(String name) {
        return envNames.contains(name);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Set<String> names() {
        return values.keySet();
    }
}
