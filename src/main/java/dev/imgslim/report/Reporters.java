package dev.imgslim.report;

import java.util.List;
import java.util.Locale;

/**
 * The explicit list of output formats. A switch, not a map of constructor references, so choosing {@code
 * plain} in a pre-commit hook never loads the JSON or SARIF classes, and no run links eight lambdas to
 * use one.
 */
public final class Reporters {
    private Reporters() {}

    /** Every format, in the order help text lists them; {@link #forName} makes each. */
    private static final List<String> NAMES =
            List.of("tty", "plain", "json", "sarif", "checkstyle", "gitlab", "github", "junit");

    /** Format names in the order help text should list them. */
    public static List<String> names() {
        return NAMES;
    }

    /** The reporter for {@code name} (case-insensitive); IllegalArgumentException naming the valid formats otherwise. */
    public static Reporter forName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "tty" -> new TtyReporter();
            case "plain" -> new PlainReporter();
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter();
            case "checkstyle" -> new CheckstyleReporter();
            case "gitlab" -> new GitlabReporter();
            case "github" -> new GithubReporter();
            case "junit" -> new JunitReporter();
            default ->
                throw new IllegalArgumentException(
                        "unknown format '" + name + "' (expected one of: " + String.join(", ", NAMES) + ")");
        };
    }
}
