package dev.imgslim.lint;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the paths named on the command line: files stay as they are, folders are searched for
 * Dockerfiles and Containerfiles (skipping VCS folders and dependency trees).
 */
public final class DockerfileFinder {
    private static final Set<String> SKIPPED = Set.of(".git", "node_modules", ".hg", ".svn", ".venv", "target", ".testenv");

    private DockerfileFinder() {}

    /** Suffixes of templates that generate Dockerfiles: not Dockerfiles themselves. */
    private static final List<String> TEMPLATES = List.of(".dockerignore", ".template", ".tmpl", ".tpl", ".j2",
            ".jinja", ".jinja2", ".in", ".erb", ".md", ".txt", ".orig", ".bak", ".swp");

    /**
     * {@code Dockerfile}, {@code Containerfile}, and their variants as repositories name them:
     * {@code Dockerfile.cuda}, {@code Dockerfile-intel}, {@code Dockerfile_gaudi}, {@code app.Dockerfile},
     * {@code app.dockerfile}, {@code app.Containerfile} (any case); templates and ignore files are not.
     */
    public static boolean isDockerfileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (String t : TEMPLATES) if (n.endsWith(t)) return false;
        for (String base : new String[] {"dockerfile", "containerfile"}) {
            if (n.equals(base) || n.endsWith("." + base)) return true;
            if (n.startsWith(base) && n.length() > base.length() && ".-_".indexOf(n.charAt(base.length())) >= 0) return true;
        }
        return false;
    }

    /** Files as named; each folder replaced by the Dockerfiles under it, sorted. */
    public static List<String> expand(List<String> paths) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (!p.equals("-") && Files.isDirectory(path)) out.addAll(search(path));
            else out.add(p);
        }
        return out;
    }

    private static List<String> search(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!d.equals(dir) && SKIPPED.contains(d.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isDockerfileName(f.getFileName().toString())) found.add(f.toString());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
