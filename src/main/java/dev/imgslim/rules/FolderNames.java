package dev.imgslim.rules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names at the top of a build-context folder, listed once per lint run, so that rules asking whether
 * a path the Dockerfile names is there on disk ({@code COPY src/ /app}) learn that it is not from a
 * lookup instead of a system call. A missing path is the common answer (a Dockerfile linted without its
 * sources, the corpus), and {@code Files.exists} and friends answer it by throwing and catching an
 * exception inside the JDK: about 5% of a 10,000-file lint's CPU went there (2026-12-06,
 * async-profiler). Only "certainly absent" is answered here; a path whose first name is there is still
 * asked of the disk. Safe to share between the threads of a run (see {@link RunCache}).
 */
public final class FolderNames {
    private final ConcurrentHashMap<Path, Optional<Set<Path>>> names = new ConcurrentHashMap<>();

    /**
     * True when {@code path}, which lies below {@code folder} (both written alike: {@code
     * path.startsWith(folder)}), cannot exist because the first name below {@code folder} on its way is not
     * among the folder's entries. False when it may exist, when {@code path} is the folder itself, or when
     * the folder cannot be listed.
     */
    public static boolean absent(LintContext ctx, Path folder, Path path) {
        // existing/keep, not get(FolderNames.class, FolderNames::new): see LintContext.sharedOrNull (start-up)
        FolderNames names = ctx.runCache().existing(FolderNames.class);
        if (names == null) names = ctx.runCache().keep(FolderNames.class, new FolderNames());
        return names.absent(folder, path);
    }

    /**
     * The path {@code src} names in the build context (a leading {@code /} is the context's root), with
     * {@code more} names below it, normalised; null when there is no context folder, when the path leaves
     * it, or when it is certainly not there ({@link #absent}). What is left to ask the disk is whether it is
     * a file, a folder, how big.
     */
    public static Path inContext(LintContext ctx, String src, String... more) {
        Path dir = ctx.options().contextDir();
        if (dir == null) return null;
        Path p = dir.resolve(src.startsWith("/") ? src.substring(1) : src);
        for (String m : more) p = p.resolve(m);
        p = p.normalize();
        Path folder = dir.normalize();
        return p.startsWith(folder) && !absent(ctx, folder, p) ? p : null;
    }

    /** {@link #absent(LintContext, Path, Path)} with this run's listings. */
    boolean absent(Path folder, Path path) {
        if (!path.startsWith(folder) || path.getNameCount() <= folder.getNameCount()) return false;
        Path first = path.getName(folder.getNameCount());
        Optional<Set<Path>> listed = names.get(folder);
        if (listed == null) {
            // two threads may both list a folder; the first listing kept wins
            Optional<Set<Path>> mine = list(folder);
            listed = names.putIfAbsent(folder, mine);
            if (listed == null) listed = mine;
        }
        return listed.isPresent() && !listed.get().contains(first);
    }

    private static Optional<Set<Path>> list(Path folder) {
        Set<Path> out = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path e : entries) out.add(e.getFileName());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }
}
