package dev.imgslim.ignore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of patterns evaluated as Docker does. Patterns are tried in file order, the last
 * one that matches the path <em>or one of its parent directories</em> decides, and a {@code !}
 * pattern decides "keep". So {@code docs} excludes {@code docs/a/b.md}, and {@code docs} then
 * {@code !docs/README.md} keeps just that file.
 *
 * <p>Two of patternmatcher's entry points matter, and they differ in one corner:
 * <ul>
 *   <li>{@link #decidingExclusion(String)} follows {@code MatchesUsingParentResults}, which is what
 *       BuildKit's file walker (fsutil) runs for every entry while sending the context, top-down,
 *       passing each directory's per-pattern results to its children. A pattern skipped at a
 *       directory (an exclusion while it was already excluded) is not inherited by its children.</li>
 *   <li>{@link #matchesOrParentMatches(String)} tests each parent directory afresh; BuildKit's
 *       CopyIgnoredFile lint uses it.</li>
 * </ul>
 * They disagree only when a line is repeated after an exception: with {@code node_modules},
 * {@code !node_modules/keep}, {@code **}{@code /node_modules}, the walker sends
 * {@code node_modules/keep/x} and MatchesOrParentMatches says excluded. imgslim reports what the
 * build really gets, i.e. the walker.
 */
public final class PatternMatcher {

    /** A pattern as written and its compiled form, in file order. */
    record Entry(IgnorePattern pattern, CompiledPattern compiled) {}

    /**
     * The walker's verdict for one path and, per pattern, whether it matched (inherited by children).
     * {@code lastApplied} is the index of the pattern that set the verdict, -1 if none did.
     */
    @SuppressWarnings("ArrayRecordComponent") // the walker's private state, never compared or hashed
    private record Step(boolean excluded, boolean[] matched, int lastApplied) {}

    private final List<Entry> entries;

    PatternMatcher(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Patterns given as a list (each read as one .dockerignore line, numbered 1..n), for callers
     * that have no file. Throws {@link IllegalArgumentException} for a pattern Docker rejects.
     */
    public static PatternMatcher of(List<String> patterns) {
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
     * The pattern that leaves {@code path} out of the build context, if one does, as BuildKit's
     * walker decides. {@code path} must already be cleaned and relative ({@link DockerIgnore} does
     * that). The pattern named is the last line that matches the path or a parent, as Docker's
     * documentation puts it, e.g. {@code subdir} rather than an earlier {@code *}.
     */
    public Optional<IgnorePattern> decidingExclusion(String path) {
        Step step = walk(path);
        if (!step.excluded()) {
            return Optional.empty();
        }
        // The walker stops evaluating exclusions once a path is excluded; for the message, prefer
        // the last exclusion that matches anyway (no exception after lastApplied matched).
        List<String> parents = parentDirectories(path);
        for (int i = entries.size() - 1; i > step.lastApplied(); i--) {
            Entry entry = entries.get(i);
            if (!entry.pattern().exception() && matchesPathOrParent(entry.compiled(), path, parents)) {
                return Optional.of(entry.pattern());
            }
        }
        return Optional.of(entries.get(step.lastApplied()).pattern());
    }

    /** patternmatcher's {@code MatchesOrParentMatches}, as BuildKit's CopyIgnoredFile lint calls it. */
    public boolean matchesOrParentMatches(String path) {
        List<String> parents = parentDirectories(path);
        boolean excluded = false;
        for (Entry entry : entries) {
            boolean exception = entry.pattern().exception();
            // An exclusion cannot change an excluded path, nor an exception a kept one.
            if (exception == excluded && matchesPathOrParent(entry.compiled(), path, parents)) {
                excluded = !exception;
            }
        }
        return excluded;
    }

    /** patternmatcher's {@code MatchesExact}: this one path, parents not considered. */
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
        boolean[] inherited = walk(dir).matched();
        Coverage state = Coverage.INCLUDED;
        for (int i = 0; i < entries.size(); i++) {
            boolean exception = entries.get(i).pattern().exception();
            Coverage uniform = exception ? Coverage.INCLUDED : Coverage.EXCLUDED;
            if (inherited[i]) {
                // Matched at dir, so the walker applies it to everything below as well.
                state = uniform;
            } else if (state != uniform && entries.get(i).compiled().couldMatchBelow(dir)) {
                state = Coverage.PARTIAL;
            }
        }
        return state;
    }

    /** Runs the walker's evaluation from the top-level ancestor of {@code path} down to it. */
    private Step walk(String path) {
        Step step = null;
        for (String dir : parentDirectories(path)) {
            step = step(dir, step);
        }
        return step(path, step);
    }

    /** patternmatcher's {@code MatchesUsingParentResults} for one path given its parent's step. */
    private Step step(String path, Step parent) {
        boolean excluded = false;
        boolean[] matched = new boolean[entries.size()];
        int lastApplied = -1;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            boolean exception = entry.pattern().exception();
            boolean match = parent != null && parent.matched()[i];
            if (!match) {
                if (exception != excluded) {
                    continue; // skipped, and therefore not inherited by children either
                }
                match = entry.compiled().matches(path);
            }
            matched[i] = match;
            if (match) {
                excluded = !exception;
                lastApplied = i;
            }
        }
        return new Step(excluded, matched, lastApplied);
    }

    private static boolean matchesPathOrParent(CompiledPattern p, String path, List<String> parents) {
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
