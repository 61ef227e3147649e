package dev.imgslim.rules.context;

import dev.imgslim.catalog.DecimalText;
import dev.imgslim.ignore.Coverage;
import dev.imgslim.ignore.DockerIgnore;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/**
 * What part of a folder of the build context is really sent: the regular files under it that the
 * .dockerignore leaves in, their count and their size on disk. A measurement, bounded by a
 * {@link WalkBudget}; when the budget runs out the figures are lower bounds ({@link #complete()} false).
 *
 * @param files    regular files sent (symlinks and special files are not counted)
 * @param bytes    their total size on disk (apparent size, as the context tar carries them)
 * @param complete false when the walk stopped early
 */
record DiskUsage(long files, long bytes, boolean complete) {

    static final DiskUsage NONE = new DiskUsage(0, 0, true);

    DiskUsage plus(DiskUsage other) {
        return new DiskUsage(files + other.files, bytes + other.bytes, complete && other.complete);
    }

    /**
     * Measures {@code rel} (a context-relative file or folder) under {@code root}, leaving out what
     * {@code ignore} excludes (null: nothing is excluded) and any folder {@code skipDir} names.
     */
    static DiskUsage measure(Path root, String rel, DockerIgnore ignore, WalkBudget budget, Predicate<String> skipDir) {
        Path start = rel.isEmpty() ? root : root.resolve(rel);
        long[] totals = new long[2];
        boolean[] stopped = new boolean[1];
        // Per open directory: true when no pattern can exclude anything below it, so files need no test.
        Deque<Boolean> unfiltered = new ArrayDeque<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!budget.take()) {
                        stopped[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    String path = relative(root, dir);
                    if (!path.isEmpty() && !path.equals(rel) && skipDir.test(path)) return FileVisitResult.SKIP_SUBTREE;
                    boolean parentUnfiltered = !unfiltered.isEmpty() && unfiltered.peek();
                    if (ignore == null || parentUnfiltered || path.isEmpty()) {
                        unfiltered.push(ignore == null || parentUnfiltered);
                        return FileVisitResult.CONTINUE;
                    }
                    Coverage coverage = ignore.coverage(path);
                    if (coverage == Coverage.EXCLUDED) return FileVisitResult.SKIP_SUBTREE;
                    unfiltered.push(coverage == Coverage.INCLUDED);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    unfiltered.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!budget.take()) {
                        stopped[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                    boolean sent = ignore == null
                            || (!unfiltered.isEmpty() && unfiltered.peek())
                            || !ignore.isExcluded(relative(root, file));
                    if (sent) {
                        totals[0]++;
                        totals[1] += attrs.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable: BuildKit would fail on it, not our concern here
                }
            });
        } catch (IOException e) {
            return new DiskUsage(totals[0], totals[1], false);
        }
        return new DiskUsage(totals[0], totals[1], !stopped[0]);
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    /** "3.4 MB" in decimal units as registries show them; "at least" when the walk stopped early. */
    String describe() {
        return (complete ? "" : "at least ") + bytesText(bytes) + ", " + files + (files == 1 ? " file" : " files");
    }

    static String bytesText(long bytes) {
        if (bytes < 1000) return bytes + " B";
        if (bytes < 999_500) return oneDecimal(bytes, 1_000, "kB");
        if (bytes < 999_500_000) return oneDecimal(bytes, 1_000_000, "MB");
        return oneDecimal(bytes, 1_000_000_000, "GB");
    }

    /** One decimal, dropped when it is 0: "3.4 MB", "12 kB". */
    private static String oneDecimal(long bytes, long unit, String name) {
        String number = DecimalText.halfUp(bytes, unit, 1);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + name;
    }
}
