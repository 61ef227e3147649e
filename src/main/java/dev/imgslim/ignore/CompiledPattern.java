package dev.imgslim.ignore;

/**
 * One cleaned pattern, ready to test context-relative slash paths against. Mirrors the four ways
 * patternmatcher matches, because they are not all equivalent to its regexp: {@code **dir} is a
 * plain suffix test and so matches {@code adir}, which {@code ^(.*\/)?dir$} would not.
 *
 * @param kind    how {@code text} is matched
 * @param text    the cleaned pattern (no {@code !})
 * @param re2     the Go regexp Docker builds, only for {@link Kind#REGEXP} (kept for tests and messages)
 * @param regex   its automaton (linear-time, never backtracking), only for {@link Kind#REGEXP}
 */
record CompiledPattern(Kind kind, String text, String re2, LinearRegex regex) {

    enum Kind {
        /** No wildcards: the path must equal the pattern. */
        EXACT,
        /** Wildcard-free text followed by a final {@code **}: a plain string-prefix test. */
        PREFIX,
        /** A leading {@code **} followed by wildcard-free text: a plain string-suffix test. */
        SUFFIX,
        /** Anything else, via the regexp. */
        REGEXP
    }

    boolean matches(String path) {
        return switch (kind) {
            case EXACT -> path.equals(text);
            case PREFIX -> path.startsWith(prefix());
            case SUFFIX -> {
                String suffix = text.substring(2);
                // "**/foo" also matches "foo" at the top level.
                yield path.endsWith(suffix) || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
            }
            case REGEXP -> regex.matches(path); // anchored ^...$ like Docker's
        };
    }

    /**
     * Whether some path strictly below {@code dir} could match. Exact for the three string kinds;
     * for regexps it asks whether the engine ran out of input while still able to match, which can
     * answer yes where no real path matches (never no where one does).
     */
    boolean couldMatchBelow(String dir) {
        String below = dir + "/";
        return switch (kind) {
            case EXACT -> text.startsWith(below);
            case PREFIX -> below.startsWith(prefix()) || prefix().startsWith(below);
            case SUFFIX -> true; // dir + "/" + the suffix (minus a leading "/") is such a path
            // live automaton states after reading "dir/": some longer path might match
            case REGEXP -> regex.couldMatchWithMore(below);
        };
    }

    private String prefix() {
        return text.substring(0, text.length() - 2); // drop the trailing "**"
    }
}
