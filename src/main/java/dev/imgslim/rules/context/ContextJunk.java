package dev.imgslim.rules.context;

import dev.imgslim.ignore.Coverage;
import dev.imgslim.ignore.DockerIgnore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Things in a build context on disk that an image almost never needs, and how much of each the
 * .dockerignore still lets through. Only what is really there is reported, each with its measured
 * size: version control history, dependency folders, virtualenvs, Python caches, .env files and
 * the build output of a recognised build tool.
 */
final class ContextJunk {
    private ContextJunk() {}

    /**
     * @param path  context-relative path ({@code .git}, {@code app/__pycache__}); for several
     *              {@code __pycache__} folders, how many ("3 __pycache__ folders")
     * @param label how messages show it ({@code .git/}, {@code __pycache__/ (3 folders)})
     * @param usage what is sent of it
     */
    record Item(String path, String label, DiskUsage usage) {}

    private static final Set<String> PY_CACHES = Set.of(".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache");
    private static final Set<String> ENV_TEMPLATES =
            Set.of("example", "sample", "template", "dist", "defaults", "schema");

    /**
     * The junk of {@code context} that is sent, in a stable order. {@code wanted} says whether the
     * Dockerfile copies a top-level name on purpose ({@code COPY dist /app}), which is then not junk.
     */
    static List<Item> find(BuildContext context, ContextFolders folders, Predicate<String> wanted) {
        Path root = context.root();
        DockerIgnore ignore = context.ignore();
        List<Item> out = new ArrayList<>();
        List<String> topDirs = new ArrayList<>();
        Optional<List<ContextFolders.Entry>> entries = folders.listedOrNull(root);
        if (entries == null) entries = folders.keep(root, candidates(root));
        if (entries.isEmpty()) return out;
        for (ContextFolders.Entry e : entries.get()) {
            if (e.directory()) topDirs.add(e.name());
            if (wanted.test(e.name())) continue;
            DiskUsage usage = DiskUsage.measure(root, e.name(), ignore, context.budget(), NO_FOLDER_SKIPPED);
            if (usage.files() > 0 || !usage.complete()) out.add(new Item(e.name(), e.label(), usage));
        }
        Item caches = pycache(context, folders, topDirs, wanted);
        if (caches != null) out.add(caches);
        return out;
    }

    /** The entries at the top of {@code root} that are junk when sent, in a stable order; empty when unreadable. */
    private static Optional<List<ContextFolders.Entry>> candidates(Path root) {
        // The few candidates are sorted, not every entry: a folder of 10,000 Dockerfiles had all its paths
        // sorted for this (2.8 % of the CPU of linting them all, 2026-12-06).
        List<Candidate> found = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(root)) {
            for (Path p : list) {
                String name = p.getFileName().toString();
                boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                String label = dir ? directoryLabel(root, p, name) : fileLabel(name, p);
                if (label != null) found.add(new Candidate(p, new ContextFolders.Entry(name, dir, label)));
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return Optional.empty();
        }
        found.sort(new ByPath());
        List<ContextFolders.Entry> entries = new ArrayList<>(found.size());
        for (Candidate c : found) entries.add(c.entry());
        return Optional.of(Collections.unmodifiableList(entries));
    }

    private record Candidate(Path path, ContextFolders.Entry entry) {}

    // Classes, not lambdas or Comparator.comparing: a lint of a folder with a COPY runs these, and a lambda's
    // first run costs ~0.1 ms of linking on JDK 17 (see LintContext.sharedOrNull).
    private static final class ByPath implements Comparator<Candidate> {
        @Override
        public int compare(Candidate a, Candidate b) {
            return a.path().compareTo(b.path());
        }
    }

    /** Every folder's size is measured: nothing skipped. */
    private static final Predicate<String> NO_FOLDER_SKIPPED = new Predicate<>() {
        @Override
        public boolean test(String folder) {
            return false;
        }
    };

    private static String directoryLabel(Path root, Path dir, String name) {
        switch (name) {
            case ".git":
                return ".git/";
            case ".hg":
                return ".hg/";
            case ".svn":
                return ".svn/";
            case "node_modules":
                return "node_modules/";
            case ".venv":
                return ".venv/";
            default:
                break;
        }
        if (Files.isRegularFile(dir.resolve("pyvenv.cfg"))) return name + "/ (a virtualenv)";
        if (PY_CACHES.contains(name)) return name + "/";
        String tool = buildTool(root, name);
        return tool == null ? null : name + "/ (" + tool + " build output)";
    }

    /** The build tool whose output folder {@code name} is, judged by the tool's file at the context root. */
    private static String buildTool(Path root, String name) {
        switch (name) {
            case "target":
                if (Files.exists(root.resolve("pom.xml"))) return "Maven";
                if (Files.exists(root.resolve("Cargo.toml"))) return "Cargo";
                if (Files.exists(root.resolve("build.sbt"))) return "sbt";
                return null;
            case "build":
            case ".gradle":
                for (String f : List.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts")) {
                    if (Files.exists(root.resolve(f))) return "Gradle";
                }
                return null;
            case "dist":
                if (Files.exists(root.resolve("package.json"))) return "npm";
                if (Files.exists(root.resolve("pyproject.toml")) || Files.exists(root.resolve("setup.py")))
                    return "Python";
                return null;
            case ".next":
                return Files.exists(root.resolve("package.json")) ? "Next.js" : null;
            default:
                return null;
        }
    }

    /** {@code .env}, {@code prod.env}, {@code .env.local}; not {@code .env.example} and the like. */
    private static String fileLabel(String name, Path p) {
        // The name first: most entries are not .env files, and need no second stat.
        String lower = name.toLowerCase(Locale.ROOT);
        boolean env = lower.equals(".env")
                || (lower.endsWith(".env") && lower.length() > 4)
                || (lower.startsWith(".env.") && !ENV_TEMPLATES.contains(lower.substring(5)));
        return env && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? name + " (may hold secrets)" : null;
    }

    /** Every {@code __pycache__} folder of the context outside the folders already reported. */
    private static Item pycache(
            BuildContext context, ContextFolders folders, List<String> topDirs, Predicate<String> wanted) {
        Path root = context.root();
        DockerIgnore ignore = context.ignore();
        // Another file of this run searched the same folder with the same ignore file and met no
        // __pycache__ folder at all (so what that file copies by name did not matter): this search would
        // meet none either, and take as much of the budget.
        Integer known = folders.emptySearch(root, context.ignoreFile());
        if (known != null && context.budget().takeKnown(known)) return null;
        int before = context.budget().taken();
        List<String> found = new ArrayList<>();
        DiskUsage[] total = {DiskUsage.NONE};
        boolean[] stopped = new boolean[1];
        boolean[] met = new boolean[1];
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!context.budget().take()) {
                        stopped[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    String rel = DiskUsage.relative(root, dir);
                    if (rel.isEmpty()) return FileVisitResult.CONTINUE;
                    if (topDirs.contains(rel)) return FileVisitResult.SKIP_SUBTREE;
                    if (ignore != null && ignore.coverage(rel) == Coverage.EXCLUDED)
                        return FileVisitResult.SKIP_SUBTREE;
                    boolean cache = dir.getFileName().toString().equals("__pycache__");
                    met[0] |= cache;
                    if (cache && !wanted.test(rel)) {
                        DiskUsage usage = DiskUsage.measure(root, rel, ignore, context.budget(), NO_FOLDER_SKIPPED);
                        if (usage.files() > 0) {
                            found.add(rel);
                            total[0] = total[0].plus(usage);
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!context.budget().take()) {
                        stopped[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            stopped[0] = true;
        }
        if (found.isEmpty()) {
            if (!stopped[0] && !met[0])
                folders.emptySearchTook(
                        root, context.ignoreFile(), context.budget().taken() - before);
            return null;
        }
        DiskUsage usage = stopped[0] ? new DiskUsage(total[0].files(), total[0].bytes(), false) : total[0];
        String label = found.size() == 1 ? found.get(0) + "/" : "__pycache__/ (" + found.size() + " folders)";
        return new Item(found.size() == 1 ? found.get(0) : found.size() + " __pycache__ folders", label, usage);
    }
}
