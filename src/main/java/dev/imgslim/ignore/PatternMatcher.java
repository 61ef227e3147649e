package dev.imgslim.ignore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of patterns evaluated as Docker does when it builds the context (patternmatcher's
 * {@code MatchesOrParentMatches}): patterns are tried in file order, the last one that matches the
 * path <em>or any of its parent directories</em> decides, and a {@code !} pattern decides "keep".
 * So {@code docs} excludes {@code docs/a/b.md}, and {@code docs} then {@code !docs/README.md}
 * keeps just that file.
 */
public final class PatternMatcher {

    /** A pattern as written and its compiled form, in file order. */
    record Entry(IgnorePattern pattern, CompiledPattern compiled) {
    }

    private final List<Entry> entries;

    PatternMatcher(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Patterns without line numbers, numbered 1..n; for callers that have a list rather than a file. */
    public static PatternMatcher of(List<String> patterns) throws IllegalArgumentException {
        StringBuilder text = new StringBuilder();
        patterns.forEach(p -> text.append(p).append('\n'));
        DockerIgnore ignore = DockerIgnore.read(text.toString());
        if (!ignore.problems().isEmpty()) {
            throw new IllegalArgumentException(ignore.problems().get(0).message());
        }
        return ignore.matcher();
    }

    public List<IgnorePattern> patterns() {
        return entries.stream().map(Entry::pattern).toList();
    }

    /** True when some pattern is a {@code !} exception. */
    public boolean hasExceptions() {
        return entries.stream().anyMatch(e -> e.pattern().exception());
    }

    /**
     * The pattern that decides that {@code path} is excluded, if it is: the last line matching it,
     * as Docker's documentation puts it. {@code path} must already be cleaned and relative
     * ({@link DockerIgnore} does that).
     *
     * <p>Docker skips exclusions once a path is excluded (they cannot change the outcome); this
     * evaluates them anyway so that the reported line is the last matching one, e.g. {@code subdir}
     * rather than an earlier {@code *}.
     */
    public Optional<IgnorePattern> decidingExclusion(String path) {
        List<String> parents = parentDirectories(path);
        IgnorePattern last = null;
        for (Entry entry : entries) {
            if (matchesOrParentMatches(entry.compiled(), path, parents)) {
                last = entry.pattern();
            }
        }
        return last != null && !last.exception() ? Optional.of(last) : Optional.empty();
    }

    /** Same as Docker's exact match, without parent directories: does this one path match? */
    public boolean matchesExact(String path) {
        boolean excluded = false;
        for (Entry entry : entries) {
            if (entry.pattern().exception() == excluded && entry.compiled().matches(path)) {
                excluded = !entry.pattern().exception();
            }
        }
        return excluded;
    }

    /** How {@code dir} and everything under it fare; {@code dir} cleaned and relative. */
    public Coverage coverage(String dir) {
        List<String> ancestors = new ArrayList<>(parentDirectories(dir));
        ancestors.add(dir);
        Coverage state = Coverage.INCLUDED;
        for (Entry entry : entries) {
            boolean exception = entry.pattern().exception();
            CompiledPattern compiled = entry.compiled();
            // Matching dir or an ancestor means matching every path under dir (parents count).
            if (ancestors.stream().anyMatch(compiled::matches)) {
                state = exception ? Coverage.INCLUDED : Coverage.EXCLUDED;
            } else if (compiled.couldMatchBelow(dir)) {
                Coverage uniform = exception ? Coverage.INCLUDED : Coverage.EXCLUDED;
                if (state != uniform) {
                    state = Coverage.PARTIAL;
                }
            }
        }
        return state;
    }

    private static boolean matchesOrParentMatches(CompiledPattern p, String path, List<String> parents) {
        if (p.matches(path)) {
            return true;
        }
        for (String parent : parents) {
            if (p.matches(parent)) {
                return true;
            }
        }
        return false;
    }

    /** {@code a/b/c} gives {@code [a, a/b]}; a top-level path has none. */
    static List<String> parentDirectories(String path) {
        List<String> parents = new ArrayList<>();
        int slash = path.indexOf('/');
        while (slash >= 0) {
            parents.add(path.substring(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
        return parents;
    }
}
