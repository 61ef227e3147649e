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
        return ctx.runCache().get(FolderFacts.class, FolderFacts::new);
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
        return realFolders.computeIfAbsent(dir, d -> {
            if (!Files.isDirectory(d)) return Optional.empty();
            try {
                return Optional.of(d.toRealPath());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** {@code .dockerignore} at the top of {@code root} when it is a regular file. */
    Optional<Path> sharedIgnoreFile(Path root) {
        return sharedIgnoreFiles.computeIfAbsent(
                root, r -> Optional.of(r.resolve(".dockerignore")).filter(Files::isRegularFile));
    }
}
