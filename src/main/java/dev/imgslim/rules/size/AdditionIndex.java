package dev.imgslim.rules.size;

import dev.imgslim.rules.LintContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What earlier layers added, indexed by path, so that finding the additions an {@code rm} or a
 * {@code chown -R} covers costs the matches (plus a lookup per ancestor of the path), not a scan of
 * everything added so far. Changes are logged so that a walk of the FROM-stage tree can roll a stage's
 * changes back before it visits the stage's siblings ({@link #mark()}, {@link #rollback(int)}).
 */
final class AdditionIndex {
    /** An addition with its order of arrival: matches are reported in that order. */
    private record Entry(long seq, Additions.Added added) {}

    private record Change(boolean add, Entry entry) {}

    /** Arrival order (a named class, not Comparator.comparingLong: see LintContext.sharedOrNull). */
    private static final Comparator<Entry> BY_SEQ = new BySeq();

    private static final class BySeq implements Comparator<Entry> {
        @Override
        public int compare(Entry a, Entry b) {
            return Long.compare(a.seq(), b.seq());
        }
    }

    private final TreeMap<String, List<Entry>> byPath = new TreeMap<>();
    private final List<Change> log = new ArrayList<>();
    private long next;

    void add(Additions.Added a) {
        Entry e = new Entry(next++, a);
        List<Entry> es = byPath.get(a.path());
        if (es == null) {
            es = new ArrayList<>(1);
            byPath.put(a.path(), es);
        }
        es.add(e);
        log.add(new Change(true, e));
    }

    void addAll(List<Additions.Added> all) {
        for (Additions.Added a : all) add(a);
    }

    /**
     * The additions {@code target} covers, in the order they were added: those at {@code target} or
     * below it ({@link Layers#covers}), and folders with children that hold {@code target} when
     * {@link Additions#inCopiedFolder} says the path came with them. Equal additions count once.
     */
    List<Additions.Added> covered(LintContext ctx, String target) {
        List<Entry> found = new ArrayList<>();
        below(target, found);
        // A folder that counts its children (a clone, a cache, a COPYed folder) holding the target.
        if (target.startsWith("/") && !target.equals("/")) {
            inFolder(ctx, "/", target, found);
            for (int i = target.indexOf('/', 1); i > 0; i = target.indexOf('/', i + 1))
                inFolder(ctx, target.substring(0, i), target, found);
        }
        found.sort(BY_SEQ);
        Set<Additions.Added> out = new LinkedHashSet<>();
        for (Entry e : found) out.add(e.added());
        return new ArrayList<>(out);
    }

    /** Additions at or below the removed path (or matching its glob). */
    private void below(String removed, List<Entry> found) {
        if (removed.equals("/")) return;
        String dir = removed;
        boolean glob = removed.indexOf('*') >= 0 || removed.indexOf('?') >= 0 || removed.indexOf('[') >= 0;
        if (glob) {
            String g = removed.endsWith("/*") ? removed.substring(0, removed.length() - 2) : null;
            if (g == null || g.indexOf('*') >= 0 || g.indexOf('?') >= 0) {
                String prefix = Removals.literalPrefix(removed);
                for (List<Entry> es : prefixed(prefix).values()) {
                    for (Entry e : es) if (Layers.covers(removed, e.added().path())) found.add(e);
                }
                return;
            }
            dir = g;
        }
        List<Entry> exact = byPath.get(dir);
        if (exact != null) found.addAll(exact);
        for (List<Entry> es : prefixed(dir + "/").values()) found.addAll(es);
    }

    private void inFolder(LintContext ctx, String folder, String target, List<Entry> found) {
        List<Entry> es = byPath.get(folder);
        if (es == null) return;
        for (Entry e : es) {
            Additions.Added a = e.added();
            if (a.children()
                    && Layers.inside(/* path= */ target, /* dir= */ a.path())
                    && Additions.inCopiedFolder(ctx, a, target)) found.add(e);
        }
    }

    /** The entries whose path starts with {@code prefix}. */
    private SortedMap<String, List<Entry>> prefixed(String prefix) {
        if (prefix.isEmpty()) return byPath;
        char last = prefix.charAt(prefix.length() - 1);
        if (last == Character.MAX_VALUE) return byPath.tailMap(prefix);
        return byPath.subMap(prefix, prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
    }

    /** Removes every addition equal to one of {@code hits} (an rm took it away). */
    void removeAll(List<Additions.Added> hits) {
        for (Additions.Added h : hits) {
            List<Entry> es = byPath.get(h.path());
            if (es == null) continue;
            for (int i = es.size() - 1; i >= 0; i--) {
                Entry e = es.get(i);
                if (!e.added().equals(h)) continue;
                es.remove(i);
                log.add(new Change(false, e));
            }
            if (es.isEmpty()) byPath.remove(h.path());
        }
    }

    /** A point to roll back to. */
    int mark() {
        return log.size();
    }

    /** Undoes every change made since {@code mark}, newest first. */
    @SuppressWarnings("ReferenceEquality") // removes that very entry, not an equal one
    void rollback(int mark) {
        for (int i = log.size() - 1; i >= mark; i--) {
            Change c = log.remove(i);
            Entry e = c.entry();
            if (c.add()) {
                List<Entry> es = byPath.get(e.added().path());
                for (int k = es.size() - 1; k >= 0; k--) {
                    if (es.get(k) == e) {
                        es.remove(k);
                        break;
                    }
                }
                if (es.isEmpty()) byPath.remove(e.added().path());
            } else {
                List<Entry> es = byPath.get(e.added().path());
                if (es == null) {
                    es = new ArrayList<>(1);
                    byPath.put(e.added().path(), es);
                }
                // Entries stay in arrival order within a path.
                int at = 0;
                while (at < es.size() && es.get(at).seq() < e.seq()) at++;
                es.add(at, e);
            }
        }
    }
}
