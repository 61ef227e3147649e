package dev.imgslim.rules.context;

import dev.imgslim.rules.LintContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link ContextJunk} reads from a build-context folder, read once per lint run: many Dockerfiles
 * share one folder (a monorepo's {@code docker/}, the corpus), and listing and stat-ing the folder's
 * entries for each of them cost more than linting them. Only what depends on the folder alone is kept:
 * its top-level entries that are junk candidates, and how many entries a {@code __pycache__} search
 * that met no such folder took. Safe to share between the threads of a run.
 */
final class ContextFolders {
    /** A top-level entry of a context folder that may be junk, with the label messages give it. */
    record Entry(String name, boolean directory, String label) {}

    /** A search of {@code root} for {@code __pycache__} folders, skipping what {@code ignoreFile} excludes. */
    private record Search(Path root, Path ignoreFile) {
        // Written out: a record's own hashCode and equals run through method handles, slow under the C1
        // compiler (0.7 % of the CPU of a 10,000-file lint, which looks a search up once per file).
        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(root) + Objects.hashCode(ignoreFile);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Search s && Objects.equals(root, s.root) && Objects.equals(ignoreFile, s.ignoreFile);
        }
    }

    private final ConcurrentHashMap<Path, Optional<List<Entry>>> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Search, Integer> emptySearches = new ConcurrentHashMap<>();

    static ContextFolders of(LintContext ctx) {
        // existing/keep, not get(ContextFolders.class, ContextFolders::new): see LintContext.sharedOrNull
        ContextFolders folders = ctx.runCache().existing(ContextFolders.class);
        return folders != null ? folders : ctx.runCache().keep(ContextFolders.class, new ContextFolders());
    }

    /**
     * The junk candidates at the top of {@code root} kept by {@link #keep} (empty when it could not be
     * listed), or null, not an empty Optional, when it has not been listed yet.
     */
    Optional<List<Entry>> listedOrNull(Path root) {
        return entries.get(root);
    }

    /**
     * Keeps the junk candidates at the top of {@code root} (empty when it cannot be listed) unless another
     * thread kept them first, and returns the ones kept.
     */
    Optional<List<Entry>> keep(Path root, Optional<List<Entry>> listed) {
        Optional<List<Entry>> first = entries.putIfAbsent(root, listed);
        return first != null ? first : listed;
    }

    /**
     * The walk budget a search of {@code root} took when it met no {@code __pycache__} folder and ran
     * to its end, or null when no such search was made in this run.
     */
    Integer emptySearch(Path root, Path ignoreFile) {
        return emptySearches.get(new Search(root, ignoreFile));
    }

    void emptySearchTook(Path root, Path ignoreFile, int entries) {
        emptySearches.put(new Search(root, ignoreFile), entries);
    }
}
