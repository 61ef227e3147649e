package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser directives: only the leading lines of the file, {@code # key=value}, keys {@code syntax},
 * {@code escape} and {@code check} (case-insensitive), each at most once. The first line that is not a
 * directive ends them for good; a later {@code # escape=} is an ordinary comment.
 */
final class DirectiveParser {
    // RE2's \s is [\t\n\f\r ]; Java's would also take \v.
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^#[\\t\\n\\f\\r ]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*\\z");
    private static final Set<String> KNOWN = Set.of("syntax", "escape", "check");

    private final List<Directive> parsed = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int lineCount;
    private boolean done;
    private char escape = '\\';

    /** Looks at one processed line; returns the directive it holds, if it holds one. */
    Optional<Directive> accept(String token, int line) throws DockerfileParseException {
        lineCount++;
        if (done) return Optional.empty();
        if (lineCount == 1 && token.startsWith("#!")) return Optional.empty();
        Matcher m = DIRECTIVE.matcher(token);
        if (!m.matches()) {
            done = true;
            return Optional.empty();
        }
        String key = m.group(1).toLowerCase(Locale.ROOT);
        if (!KNOWN.contains(key)) {
            done = true;
            return Optional.empty();
        }
        if (!seen.add(key)) {
            throw new DockerfileParseException(line, 1, "only one " + key + " parser directive can be used");
        }
        Directive d = new Directive(key, m.group(2), line);
        if (key.equals("escape")) {
            if (!d.value().equals("`") && !d.value().equals("\\")) {
                throw new DockerfileParseException(
                        line, 1, "invalid escape token '" + d.value() + "' does not match ` or \\");
            }
            escape = d.value().charAt(0);
        }
        parsed.add(d);
        return Optional.of(d);
    }

    /** True once the directives have ended: {@link #accept} then finds none. */
    boolean done() {
        return done;
    }

    char escape() {
        return escape;
    }

    List<Directive> directives() {
        return parsed;
    }
}
