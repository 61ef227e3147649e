package dev.imgslim.rules.context;

import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the context rules ask the disk about a folder rather than about one Dockerfile, asked once per
 * lint run: the repository root above it, its real path, and the {@code .dockerignore} at its top. Every Dockerfile of a folder asks the same (a monorepo's {@code docker/}, the corpus),
 * and per file these were 5 to 10 system calls (walking up to {@code /} looking for {@code .git}): about
 * a tenth of a 10,000-file lint's CPU (2026-12-06, async-profiler). Safe to share between the threads of a
 * run; the disk does not change under a lint (see {@link RunCache}).
 */
final class FolderFacts {
    private final ConcurrentHashMap<Path, Optional<Path>> repositoryRoots = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Path, Optional<Path>> realFolders = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Path, Optional<Path>> sharedIgnoreFiles = new ConcurrentHashMap<>();

    static FolderFacts of(LintContext ctx) {
        // existing-or-keep rather than get with FolderFacts::new: see LintContext.sharedOrNull (start-up)
        FolderFacts known = ctx.runCache().existing(FolderFacts.class);
        return known != null ? known : ctx.runCache().keep(FolderFacts.class, new FolderFacts());
    }

    /** The nearest folder at or above {@code dir} (absolute and normalised) that holds {@code .git}, or null. */
    Path repositoryRoot(Path dir) {
        // Not computeIfAbsent recursing on the parent: ConcurrentHashMap refuses nested updates.
        Optional<Path> known = repositoryRoots.get(dir);
        if (known == null) {
            Path parent = dir.getParent();
            known = Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(dir)
                    : parent == null ? Optional.empty() : Optional.ofNullable(repositoryRoot(parent));
            repositoryRoots.putIfAbsent(dir, known);
        }
        return known.orElse(null);
    }

    /** The real path of the folder {@code dir}, or empty when it is not a folder or cannot be resolved. */
    Optional<Path> realFolder(Path dir) {
        Optional<Path> known = realFolders.get(dir);
        if (known == null) {
            known = readRealFolder(dir);
            Optional<Path> first = realFolders.putIfAbsent(dir, known);
            if (first != null) known = first;
        }
        return known;
    }

    private static Optional<Path> readRealFolder(Path dir) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try {
            return Optional.of(dir.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code .dockerignore} at the top of {@code root} when it is a regular file. */
    Optional<Path> sharedIgnoreFile(Path root) {
        Optional<Path> known = sharedIgnoreFiles.get(root);
        if (known == null) {
            Path file = root.resolve(".dockerignore");
            known = Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
            Optional<Path> first = sharedIgnoreFiles.putIfAbsent(root, known);
            if (first != null) known = first;
        }
        return known;
    }
}
