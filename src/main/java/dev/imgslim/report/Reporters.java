package dev.imgslim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The explicit list of output formats. Suppliers, not instances, so choosing {@code plain} in a
 * pre-commit hook never loads the JSON or SARIF classes.
 */
public final class Reporters {
    private Reporters() {}

    private static final Map<String, Supplier<Reporter>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("tty", TtyReporter::new);
        ALL.put("plain", PlainReporter::new);
        ALL.put("json", JsonReporter::new);
        ALL.put("sarif", SarifReporter::new);
        ALL.put("checkstyle", CheckstyleReporter::new);
        ALL.put("gitlab", GitlabReporter::new);
        ALL.put("github", GithubReporter::new);
        ALL.put("junit", JunitReporter::new);
    }

    /** Format names in the order help text should list them. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** The reporter for {@code name} (case-insensitive); IllegalArgumentException naming the valid formats otherwise. */
    public static Reporter forName(String name) {
        Supplier<Reporter> s = name == null ? null : ALL.get(name.trim().toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException(
                    "unknown format '" + name + "' (expected one of: " + String.join(", ", ALL.keySet()) + ")");
        }
        return s.get();
    }
}
