package dev.imgslim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code --build-arg} as docker build takes it: {@code KEY=VALUE}, or {@code KEY} alone, which takes
 * the value from the environment (and leaves the argument unset when the environment has none).
 *
 * @param value the value, or null to read {@code KEY} from the environment
 */
record BuildArg(String key, String value) {

    /** The build arguments as docker build would see them with {@code env} as its environment. */
    static Map<String, String> resolve(List<BuildArg> args, Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        for (BuildArg a : args) {
            String v = a.value() != null ? a.value() : env.get(a.key());
            if (v != null) out.put(a.key(), v);
        }
        return out;
    }

    /**
     * Reads one {@code --build-arg} value; rejects an empty name ({@link IllegalArgumentException}, which
     * picocli's converter makes a usage error naming the option).
     */
    static BuildArg parse(String text) {
        int eq = text.indexOf('=');
        String key = eq < 0 ? text : text.substring(0, eq);
        if (key.isBlank()) throw new IllegalArgumentException("missing the name in '" + text + "' (KEY=VALUE or KEY)");
        return new BuildArg(key, eq < 0 ? null : text.substring(eq + 1));
    }
}
