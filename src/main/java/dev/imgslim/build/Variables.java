package dev.imgslim.build;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
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

    private final VariableHistory history;
    private final int version;
    private final int nameCount;

    /** A version of a stage's variables (see {@link VariableHistory}): a view, not a copy. */
    Variables(VariableHistory history, int version, int nameCount) {
        this.history = history;
        this.version = version;
        this.nameCount = nameCount;
    }

    /** A scope holding {@code values}, with {@code envNames} as ENVs. */
    static Variables of(Map<String, String> values, Set<String> envNames) {
        return new VariableHistory(values, envNames).snapshot();
    }

    /** The history this scope is a version of (tests count what it holds). */
    VariableHistory history() {
        return history;
    }

    public static Variables empty() {
        return of(Map.of(), Set.of());
    }

    public boolean isDefined(String name) {
        return history.isDefined(name, nameCount);
    }

    /** The value, or null when undefined or declared without a value. */
    public String get(String name) {
        return history.get(name, version, nameCount);
    }

    public boolean isEnv(String name) {
        return history.isEnv(name, version);
    }

    /** The variables as an unmodifiable map in declaration order (a view: looking a name up costs no copy). */
    public Map<String, String> asMap() {
        return new AbstractMap<>() {
            // The key questions (contains, size) are the name set's: one view answers both.
            private final Set<String> names = names();

            @Override
            public String get(Object key) {
                return key instanceof String name ? Variables.this.get(name) : null;
            }

            @Override
            public boolean containsKey(Object key) {
                return names.contains(key);
            }

            @Override
            public int size() {
                return names.size();
            }

            @Override
            public Set<String> keySet() {
                return names;
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                // Iteration reads every name anyway: a copy costs no more (lookups go through get).
                Set<Entry<String, String>> out = new LinkedHashSet<>();
                for (String n : names()) out.add(new SimpleImmutableEntry<>(n, Variables.this.get(n)));
                return out;
            }
        };
    }

    /** The names in scope, in declaration order. */
    public Set<String> names() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return history.names(nameCount).iterator();
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof String name && isDefined(name);
            }

            @Override
            public int size() {
                return nameCount;
            }
        };
    }
}
