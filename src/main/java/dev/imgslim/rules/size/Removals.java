package dev.imgslim.rules.size;

import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths a RUN's {@code rm} commands remove, indexed so that "does some removal cover this path?"
 * costs the path's length, not the number of removals: {@link Layers#covers} for every removal would
 * make a RUN with n removals and n outputs quadratic.
 */
final class Removals {
    /** Removals that cover themselves and everything below ({@code /x}, {@code /x/*}). */
    private final Set<String> dirs = new HashSet<>();
    /** Glob removals ({@code /tmp/*.tar}), by their literal prefix (up to the first {@code *} or {@code ?}). */
    private final Map<String, List<String>> globs = new HashMap<>();
    /** The lengths of those prefixes: a path is only tested against the prefixes it starts with. */
    private final TreeSet<Integer> globPrefixLengths = new TreeSet<>();

    /** Removals as written that cover every path starting with them ({@code rm -rf /x*}: {@link RunView#removes}). */
    private final Set<String> prefixes = new HashSet<>();

    private final TreeSet<Integer> prefixLengths = new TreeSet<>();

    private Removals() {}

    /**
     * An index of the words a RUN's {@code rm} commands are given, as written, with the semantics of
     * {@link RunView#removes}: a word covers itself and what lies below it, a trailing {@code *} any
     * path that starts with the rest.
     */
    static Removals ofWords(RunView run) {
        Removals out = new Removals();
        for (ShellCommand c : run.commands()) {
            if (!c.is("rm")) continue;
            for (String a : c.nonOptions()) {
                String r = a.endsWith("/") && a.length() > 1 ? a.substring(0, a.length() - 1) : a;
                if (r.endsWith("/*")) r = r.substring(0, r.length() - 2);
                if (r.endsWith("*")) {
                    String prefix = r.substring(0, r.length() - 1);
                    out.prefixes.add(prefix);
                    out.prefixLengths.add(prefix.length());
                } else {
                    out.dirs.add(r);
                }
            }
        }
        return out;
    }

    /** True when some word covers {@code path} as {@link RunView#removes} decides; for an index made by {@link #ofWords}. */
    boolean removes(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (dirs.contains(p)) return true;
        for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
            if (dirs.contains(p.substring(0, i))) return true;
        }
        for (int len : prefixLengths) {
            if (len > p.length()) break;
            if (prefixes.contains(p.substring(0, len))) return true;
        }
        return false;
    }

    /** An index of absolute removed paths with {@link Layers#covers} semantics. */
    static Removals of(List<String> removed) {
        Removals out = new Removals();
        for (String r : removed) out.add(r);
        return out;
    }

    private void add(String removed) {
        if (removed.equals("/")) return; // never covers (Layers.covers)
        if (removed.indexOf('*') >= 0 || removed.indexOf('?') >= 0 || removed.indexOf('[') >= 0) {
            String glob = removed.endsWith("/*") ? removed.substring(0, removed.length() - 2) : null;
            if (glob != null && glob.indexOf('*') < 0 && glob.indexOf('?') < 0) {
                dirs.add(glob);
                return;
            }
            String prefix = literalPrefix(removed);
            globs.computeIfAbsent(prefix, k -> new ArrayList<>(1)).add(removed);
            globPrefixLengths.add(prefix.length());
            return;
        }
        dirs.add(removed);
    }

    /** True when some removal covers {@code path}, as {@link Layers#covers} decides. */
    boolean covers(String path) {
        if (dirs.contains(path)) return true;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            if (dirs.contains(path.substring(0, i))) return true;
        }
        for (int len : globPrefixLengths) {
            if (len > path.length()) break;
            List<String> candidates = globs.get(path.substring(0, len));
            if (candidates == null) continue;
            for (String g : candidates) if (Layers.covers(g, path)) return true;
        }
        return false;
    }

    boolean isEmpty() {
        return dirs.isEmpty() && globs.isEmpty() && prefixes.isEmpty();
    }

    /** The text before the first wildcard: every path a glob (or a glob of one of its ancestors) matches starts with it. */
    static String literalPrefix(String glob) {
        int star = glob.indexOf('*');
        int q = glob.indexOf('?');
        int end = star < 0 ? q : q < 0 ? star : Math.min(star, q);
        return end < 0 ? glob : glob.substring(0, end);
    }
}
