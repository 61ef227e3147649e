package dev.imgslim.rules.size;

import dev.imgslim.build.Variables;
import dev.imgslim.rules.FolderNames;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the layers of a stage (and of its FROM-stage ancestors) added to the filesystem, as far as the
 * Dockerfile tells: COPY/ADD destinations and the well-known outputs of RUN commands (downloads,
 * extractions, clones, package-manager caches). Used by the rules that find bytes paid twice.
 */
final class Additions {
    /** Below this a measured text file counts as small. */
    static final long SMALL_BYTES = 64_000;

    /** Sources that are small text files: deleting them later wastes a few bytes at most. */
    private static final Set<String> SMALL_TEXT = Set.of(
            "txt",
            "sh",
            "bash",
            "json",
            "lock",
            "toml",
            "yaml",
            "yml",
            "cfg",
            "ini",
            "conf",
            "py",
            "patch",
            "diff",
            "pem",
            "crt",
            "cert",
            "key",
            "list",
            "repo",
            "asc",
            "gpg",
            "xml",
            "properties",
            "env",
            "md",
            "rst",
            "in",
            "mod",
            "sum",
            "gradle",
            "pom",
            "js",
            "ts",
            "rb",
            "pl",
            "sql",
            "service",
            "j2",
            "template",
            "tmpl",
            "tpl");

    /**
     * One thing a layer added.
     *
     * @param path      absolute path (may hold a glob from a COPY source)
     * @param by        the instruction whose layer holds it
     * @param what      how it got there, for messages ("COPY", "curl -o", "pip's cache")
     * @param children  true when it is a directory whose children count as added too
     * @param bytes     its size when known (measured in the build context), else -1
     * @param small     true when it is a small text file (manifests, scripts): not worth a finding
     * @param source    the COPY/ADD source as written, or null
     */
    record Added(
            String path, Instruction by, String what, boolean children, long bytes, boolean small, String source) {}

    private Additions() {}

    /** The working directory before each instruction of the stage lineage is computed while walking. */
    static String workdir(String cwd, Instruction workdir, Variables vars) {
        if (workdir.args().isEmpty()) return cwd;
        String p = Layers.expand(workdir.args().get(0), vars);
        return p == null ? cwd : Layers.resolve(p, cwd);
    }

    /**
     * Paths a COPY or ADD adds (not for ONBUILD); unmodifiable. Read once per instruction of a file for its
     * working directory and variables: delete-in-later-layer, chown-over-base-files, chown-in-separate-layer
     * and add-remote-archive each ask it of the same COPY, and each reading looks at the build context on
     * disk (the repeats were ~1.2 % of the CPU of a 10,000-file lint, 2026-12-06).
     */
    static List<Added> ofCopy(LintContext ctx, Instruction ins, String cwd, Variables vars) {
        // get-or-share rather than ctx.shared(CopyReads.class, CopyReads::new): see LintContext.sharedOrNull
        CopyReads reads = ctx.sharedOrNull(CopyReads.class);
        if (reads == null) reads = ctx.share(CopyReads.class, new CopyReads());
        Map<Instruction, CopyRead> known = reads.byInstruction;
        CopyRead read = known.get(ins);
        if (read == null || read.vars() != vars || !Objects.equals(read.cwd(), cwd)) {
            read = new CopyRead(cwd, vars, List.copyOf(readCopy(ctx, ins, cwd, vars)));
            known.put(ins, read);
        }
        return read.added();
    }

    /** The COPY and ADD instructions of one file read so far (by identity). */
    private static final class CopyReads {
        final Map<Instruction, CopyRead> byInstruction = new IdentityHashMap<>();
    }

    /** What one COPY or ADD adds from {@code cwd} with {@code vars} (compared by identity: a stage's scopes). */
    private record CopyRead(String cwd, Variables vars, List<Added> added) {}

    private static List<Added> readCopy(LintContext ctx, Instruction ins, String cwd, Variables vars) {
        List<Added> out = new ArrayList<>();
        List<String> a = ins.args();
        if (a.size() < 2) return out;
        String dest = Layers.expand(a.get(a.size() - 1), vars);
        if (dest == null) return out;
        boolean destDir = dest.endsWith("/") || dest.equals(".");
        String destPath = Layers.resolve(dest, cwd);
        if (destPath == null) return out;
        List<String> sources = new ArrayList<>();
        for (String s : a.subList(0, a.size() - 1)) if (!s.startsWith("<<")) sources.add(s);
        boolean fromContext = ins.flag("from") == null;
        for (String src : sources) {
            String s = Layers.expand(src, vars);
            if (s == null) continue;
            boolean remote = isUrl(s);
            boolean dirSource = s.equals(".") || s.equals("./") || s.equals("/") || s.endsWith("/") || s.endsWith("/.");
            long bytes = fromContext && !remote ? contextSize(ctx, s) : -1;
            boolean small = !dirSource && bytes < SMALL_BYTES && SMALL_TEXT.contains(extension(s));
            if (dirSource) {
                out.add(new Added(destPath, ins, ins.command(), true, bytes, false, src));
            } else if (sources.size() == 1 && !destDir) {
                out.add(new Added(destPath, ins, ins.command(), false, bytes, small, src));
            } else {
                String name = Layers.baseName(s);
                if (name.isEmpty()) {
                    // BuildKit names a download whose URL path has no file name (https://h/?v=1) __unnamed__;
                    // a local source without one (a glob such as /?) lands at names we cannot know
                    if (!remote) continue;
                    name = "__unnamed__";
                }
                out.add(new Added(Layers.resolve(name, destPath), ins, ins.command(), false, bytes, small, src));
            }
        }
        return out;
    }

    static boolean isUrl(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("ftp://");
    }

    static String extension(String name) {
        String b = Layers.baseName(name);
        int dot = b.lastIndexOf('.');
        return dot < 0 ? "" : b.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Size of a build-context path (file or folder), or -1 when unknown. */
    static long contextSize(LintContext ctx, String src) {
        if (src.indexOf('*') >= 0 || src.indexOf('?') >= 0 || src.equals(".") || src.equals("./")) return -1;
        Path p = FolderNames.inContext(ctx, src);
        if (p == null || !Files.exists(p)) return -1;
        try {
            if (Files.isRegularFile(p)) return Files.size(p);
            try (Stream<Path> walk = Files.walk(p)) {
                return walk.filter(Files::isRegularFile)
                        .mapToLong(f -> {
                            try {
                                return Files.size(f);
                            } catch (IOException e) {
                                return 0;
                            }
                        })
                        .sum();
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * True when {@code path}, inside the folder {@code a} added, really came with it: for RUN outputs
     * (a clone, a cache) always; for a COPY/ADD of a folder from the build context only when the context
     * holds that path; never for {@code COPY --from} (its content is unknown here).
     */
    static boolean inCopiedFolder(LintContext ctx, Added a, String path) {
        if (a.source() == null) return true;
        if ((!a.by().is("COPY") && !a.by().is("ADD")) || a.by().flag("from") != null) return false;
        if (path.indexOf('*') >= 0 || !Layers.inside(path, a.path())) return false;
        String rel = path.substring(a.path().equals("/") ? 1 : a.path().length() + 1);
        String src = a.source().equals(".") || a.source().equals("./") ? "" : a.source();
        Path p = FolderNames.inContext(ctx, src, rel);
        return p != null && Files.exists(p);
    }

    /** Paths the RUN's commands add, apart from those it removes itself or keeps in a cache mount. */
    static List<Added> ofRun(RunView run, String cwd, Variables vars) {
        List<Added> out = new ArrayList<>();
        if (!run.isShell()) return out;
        Instruction ins = run.instruction();
        for (Layers.Located l : Layers.located(run, cwd, vars)) {
            for (String[] p : outputs(l.command(), vars)) {
                String path = Layers.resolve(p[0], l.here());
                if (path == null) continue;
                out.add(new Added(path, ins, p[1], p[2] != null, -1, false, null));
            }
        }
        if (out.isEmpty()) return out;
        Removals removed = Removals.of(removedPaths(run, cwd, vars));
        ToolCleans cleans = ToolCleans.of(run);
        List<Added> kept = new ArrayList<>(out.size());
        for (Added a : out) {
            if (!run.hasCacheMount(a.path()) && !removed.covers(a.path()) && !cleans.empties(a.path())) kept.add(a);
        }
        return kept;
    }

    /** The package managers' own clean commands in one RUN, read in one pass over its commands. */
    record ToolCleans(boolean distClean, boolean rpmClean, boolean apkCacheClean, boolean pipPurge, boolean npmClean) {
        static ToolCleans of(RunView run) {
            boolean dist = false, rpm = false, apk = false, pip = false, npm = false;
            for (ShellCommand c : run.commands()) {
                String sub = c.subcommand();
                List<String> a = c.args();
                dist |= (c.is("apt-get") || c.is("apt")) && "dist-clean".equals(sub);
                rpm |= (c.is("yum") || c.is("dnf") || c.is("microdnf")) && "clean".equals(sub);
                apk |= c.is("apk") && "cache".equals(sub) && a.contains("clean");
                pip |= (c.name().startsWith("pip") || c.name().startsWith("python"))
                        && a.contains("cache")
                        && a.contains("purge");
                npm |= c.is("npm") && "cache".equals(sub) && a.contains("clean");
            }
            return new ToolCleans(dist, rpm, apk, pip, npm);
        }

        /** True when the package manager's own clean command in the RUN empties that cache ({@code dnf clean all}...). */
        boolean empties(String cache) {
            if (cache.equals(AptListsNotRemoved.LISTS)) return distClean;
            if (cache.startsWith("/var/cache/yum") || cache.startsWith("/var/cache/dnf")) return rpmClean;
            if (cache.equals("/var/cache/apk")) return apkCacheClean;
            if (cache.endsWith("/.cache/pip")) return pipPurge;
            if (cache.endsWith("/.npm")) return npmClean;
            return false;
        }
    }

    /** Absolute paths the rm commands of a RUN name (globs kept), following {@code cd}. */
    static List<String> removedPaths(RunView run, String cwd, Variables vars) {
        List<String> out = new ArrayList<>();
        for (Layers.Located l : Layers.located(run, cwd, vars)) {
            if (!l.command().is("rm")) continue;
            for (String a : l.command().nonOptions()) {
                String r = Layers.operand(a, l.here(), vars);
                if (r != null) out.add(r);
            }
        }
        return out;
    }

    /** {path, description, children-flag (non-null = children count)} for each output of one command. */
    private static List<String[]> outputs(ShellCommand c, Variables vars) {
        List<String[]> out = new ArrayList<>();
        switch (c.name()) {
            case "curl" -> {
                String o = Layers.option(c, List.of("-o"), List.of("--output"));
                if (o != null && !o.equals("-")) add(out, o, vars, "the download of 'curl -o'", null);
                else if (c.hasFlag("-O", "--remote-name")) {
                    for (String a : c.nonOptions())
                        if (isUrl(a)) add(out, Layers.baseName(a), vars, "the download of 'curl -O'", null);
                }
            }
            case "wget" -> {
                String o = Layers.option(c, List.of("-O"), List.of("--output-document"));
                String dir = Layers.option(c, List.of("-P"), List.of("--directory-prefix"));
                if (o != null && !o.equals("-")) add(out, o, vars, "the download of 'wget -O'", null);
                else if (o == null) {
                    for (String a : c.nonOptions()) {
                        if (isUrl(a))
                            add(
                                    out,
                                    (dir == null ? "" : dir + "/") + Layers.baseName(a),
                                    vars,
                                    "the download of 'wget'",
                                    null);
                    }
                }
            }
            case "tar" -> {
                if (isExtract(c)) {
                    String dir = Layers.option(c, List.of("-C"), List.of("--directory"));
                    if (dir != null) add(out, dir, vars, "'tar -x -C'", null);
                }
            }
            case "unzip" -> {
                String dir = Layers.option(c, List.of("-d"), List.of());
                if (dir != null) add(out, dir, vars, "'unzip -d'", null);
            }
            case "git" -> {
                if (gitSub(c).equals(Optional.of("clone"))) {
                    List<String> ops = gitCloneOperands(c);
                    if (!ops.isEmpty()) {
                        String target = ops.size() > 1
                                ? ops.get(1)
                                : Layers.baseName(ops.get(0)).replaceFirst("\\.git$", "");
                        add(out, target, vars, "'git clone'", "children");
                    }
                }
            }
            case "apt-get", "apt" -> {
                if ("update".equals(c.subcommand()))
                    out.add(new String[] {"/var/lib/apt/lists", "the apt lists of 'apt-get update'", "children"});
            }
            case "apk" -> {
                if (("add".equals(c.subcommand()) || "update".equals(c.subcommand()))
                        && !c.hasFlag("--no-cache", "--no-network")) {
                    out.add(new String[] {"/var/cache/apk", "apk's index cache", "children"});
                }
            }
            case "yum", "dnf", "microdnf" -> {
                String sub = c.subcommand();
                if (sub != null
                        && Set.of("install", "update", "upgrade", "makecache", "groupinstall")
                                .contains(sub)) {
                    out.add(new String[] {
                        "/var/cache/" + (c.is("yum") ? "yum" : "dnf"), c.name() + "'s cache", "children"
                    });
                }
            }
            default -> {
                boolean pip = PackageCacheLeft.isPipInstall(c) && !c.hasFlag("--no-cache-dir", "--no-cache");
                boolean npm = c.is("npm") && Set.of("install", "i", "ci").contains(String.valueOf(c.subcommand()));
                // $HOME expanded only for a command that fills a cache under it, not for every command of every
                // RUN (0.6 % of the CPU of a 10,000-file lint, 2026-12-06).
                String home = pip || npm ? Layers.expand("$HOME", vars) : null;
                if (home != null && pip) out.add(new String[] {home + "/.cache/pip", "pip's cache", "children"});
                if (home != null && npm) out.add(new String[] {home + "/.npm", "npm's cache", "children"});
            }
        }
        return out;
    }

    private static void add(List<String[]> out, String raw, Variables vars, String what, String children) {
        String p = Layers.expand(raw, vars);
        if (p != null && !p.isEmpty()) out.add(new String[] {p, what, children});
    }

    static boolean isExtract(ShellCommand c) {
        if (c.hasFlag("--extract", "--get")) return true;
        if (c.args().isEmpty()) return false;
        String first = c.args().get(0);
        if (first.startsWith("--")) return false;
        if (first.startsWith("-")) return first.indexOf('x') > 0;
        return first.indexOf('x') >= 0 && first.chars().allMatch(Character::isLetter);
    }

    /** The git subcommand ({@code clone}, {@code checkout}), after the global {@code -C}/{@code -c} options. */
    static Optional<String> gitSub(ShellCommand c) {
        List<String> a = c.args();
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (s.equals("-C") || s.equals("-c")) {
                i++;
                continue;
            }
            if (!s.startsWith("-")) return Optional.of(s);
        }
        return Optional.empty();
    }

    private static final Set<String> CLONE_VALUE_OPTIONS = Set.of(
            "--depth",
            "-b",
            "--branch",
            "-o",
            "--origin",
            "-j",
            "--jobs",
            "--reference",
            "--separate-git-dir",
            "-u",
            "--upload-pack",
            "--template",
            "--shallow-since",
            "--shallow-exclude",
            "--filter",
            "-c",
            "--config",
            "--recurse-submodules-depth",
            "--server-option");

    static List<String> gitCloneOperands(ShellCommand c) {
        List<String> out = new ArrayList<>();
        List<String> a = c.args();
        boolean afterClone = false;
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (!afterClone) {
                if (s.equals("-C") || s.equals("-c")) {
                    i++;
                    continue;
                }
                if (s.equals("clone")) afterClone = true;
                continue;
            }
            if (CLONE_VALUE_OPTIONS.contains(s)) {
                i++;
                continue;
            }
            if (s.startsWith("-")) continue;
            out.add(s);
        }
        return out;
    }
}
