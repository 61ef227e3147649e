package dev.imgslim.rules.context;

import dev.imgslim.ignore.DockerIgnore;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.LintOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build context of one lint: its folder on disk (when known) and the .dockerignore BuildKit
 * would use for it. Built once per lint and shared by the IS4xx rules through {@link LintContext#shared}.
 *
 * @param root       the context folder, or null when it is not on disk (stdin)
 * @param ignoreFile the ignore file in force, or null (none, unreadable, or not on disk)
 * @param ignore     the parsed ignore file, or null when there is none
 * @param ignoreName the ignore file's name for messages: {@code .dockerignore} or {@code app.Dockerfile.dockerignore}
 * @param budget     shared by every walk of this lint, so several rules together stay within one bound
 * @param assumption how the folder was chosen, for messages: null when the user named it with --context
 */
record BuildContext(
        Path root, Path ignoreFile, DockerIgnore ignore, String ignoreName, WalkBudget budget, String assumption) {

    BuildContext(Path root, Path ignoreFile, DockerIgnore ignore, String ignoreName) {
        this(root, ignoreFile, ignore, ignoreName, new WalkBudget(), null);
    }

    static BuildContext of(LintContext ctx) {
        // get-or-share rather than ctx.shared with a lambda: see LintContext.sharedOrNull (start-up)
        BuildContext known = ctx.sharedOrNull(BuildContext.class);
        return known != null ? known : ctx.share(BuildContext.class, make(ctx));
    }

    private static BuildContext make(LintContext ctx) {
        LintOptions options = ctx.options();
        Path dockerfile = options.dockerfilePath();
        if (dockerfile == null
                || options.contextDir() == null
                || !isDockerfileFolder(options.contextDir(), dockerfile)) {
            return locate(options, FolderFacts.of(ctx));
        }
        Path folder = options.contextDir();
        Path assumed = ContextGuess.folder(ctx, folder);
        BuildContext context = locate(
                new LintOptions(options.config(), options.buildArgs(), options.target(), assumed, dockerfile),
                FolderFacts.of(ctx));
        int up = folder.toAbsolutePath().normalize().getNameCount()
                - assumed.toAbsolutePath().normalize().getNameCount();
        String assumption = up == 0
                ? "assumed build context: the Dockerfile's folder; set --context if it is another"
                : "assumed build context: the COPY sources are there, " + up + (up == 1 ? " folder" : " folders")
                        + " above the Dockerfile; set --context if it is another";
        return new BuildContext(
                context.root, context.ignoreFile, context.ignore, context.ignoreName, context.budget, assumption);
    }

    private static boolean isDockerfileFolder(Path contextDir, Path dockerfile) {
        Path parent = dockerfile.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(contextDir.toAbsolutePath().normalize());
    }

    /** The context folder for messages: {@code docker/ (assumed build context: ...)}, or {@code docker/} when given. */
    String describe() {
        if (root == null) return "the build context";
        Path name = root.getFileName();
        String folder = (name == null ? root.toString() : name.toString()) + "/";
        return assumption == null ? folder : folder + " (" + assumption + ")";
    }

    /**
     * The context BuildKit would build with: {@code <Dockerfile>.dockerignore} beside the Dockerfile
     * wins over {@code .dockerignore} at the context root. With no context folder (stdin) nothing is
     * known. An ignore file that cannot be read counts as absent.
     */
    static BuildContext locate(LintOptions options, FolderFacts folders) {
        Path dockerfile = options.dockerfilePath();
        Optional<Path> real =
                options.contextDir() == null ? Optional.empty() : folders.realFolder(options.contextDir());
        // a symlinked context folder is walked as the folder it points to
        if (real.isEmpty()) return new BuildContext(null, null, null, null);
        Path root = real.get();
        Optional<Path> file = dockerfile != null ? DockerIgnore.specificIgnoreFile(dockerfile) : Optional.empty();
        if (file.isEmpty()) file = folders.sharedIgnoreFile(root);
        if (file.isEmpty()) return new BuildContext(root, null, null, null);
        try {
            return new BuildContext(
                    root,
                    file.get(),
                    DockerIgnore.load(file.get()),
                    file.get().getFileName().toString());
        } catch (IOException e) {
            return new BuildContext(root, null, null, null);
        }
    }

    /** A context with a known ignore file but no folder on disk (the corpus pass). */
    static BuildContext ofIgnoreOnly(DockerIgnore ignore, String name) {
        return new BuildContext(null, null, ignore, name);
    }

    boolean onDisk() {
        return root != null;
    }

    boolean hasIgnore() {
        return ignore != null;
    }

    /**
     * The file or folder at the context-relative {@code path} on disk, or empty when the context is
     * not on disk, the path is a glob, or nothing is there. {@code ..} cannot leave the context.
     */
    Optional<Path> find(String path) {
        if (root == null || isGlob(path)) return Optional.empty();
        String clean = clean(path);
        Path p = clean.isEmpty() ? root : root.resolve(clean);
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? Optional.of(p) : Optional.empty();
    }

    /** True for a source BuildKit expands as a wildcard. */
    static boolean isGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
    }

    /**
     * A context-relative path cleaned like Go's {@code path.Clean}, without leading slash; the root
     * is the empty string. {@code ..} at the root stays at the root, as BuildKit treats COPY sources.
     */
    static String clean(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }
}
