package dev.imgslim.rules.size;

import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.Reach;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A source tree fetched and built from source in a RUN of a shipping stage, whose build output is then
 * installed elsewhere ({@code make install}, {@code cmake --install}, {@code pip install .}), while the
 * tree itself (sources, object files, a cmake build folder, often a {@code .git}) is never removed: it
 * stays in the layer although nothing uses it any more.
 *
 * <p>A tree is one this RUN creates: a {@code git clone} target, a {@code mkdir} or a {@code tar -x}
 * or {@code unzip} destination (or a folder entered right after unpacking an archive there). Deliberately not
 * flagged: trees that are not installed from and lie outside {@code /tmp} and {@code /var/tmp} (the tree may
 * be the application, run in place); trees a later instruction of the stage names (a PATH, a WORKDIR, a
 * COPY, a CMD that uses it); trees removed in the same RUN, or in a later one (delete-in-later-layer's
 * finding); editable installs ({@code pip install -e}: the tree must stay); builder stages, which do not
 * ship; {@code ONBUILD RUN}; RUNs that use {@code pushd}/{@code popd} (their folders are not followed). No byte figure: a tree's size depends on the project.
 */
public final class BuildTreeLeft extends NodeRule<Run> implements Reach.ShippingOnly {
    /** Compiled once, not on every call (String.matches and replaceFirst compile their pattern each time). */
    private static final java.util.regex.Pattern GIT_SUFFIX = java.util.regex.Pattern.compile("\\.git$");

    private static final java.util.regex.Pattern EXTRAS_TAIL = java.util.regex.Pattern.compile("\\[.*$");
    /** A folder this RUN created, and how. */
    private record Tree(String path, String how) {}

    /** A build in a tree: the command that built, and whether a command of the RUN installed from it. */
    private static final class Build {
        final Tree tree;
        final ShellCommand by;
        boolean installs;

        Build(Tree tree, ShellCommand by) {
            this.tree = tree;
            this.by = by;
        }
    }

    @Override
    public void visit(Node<Run> node, FindingSink out) {
        RunView run = node.run();
        if (!run.isShell()) return;
        Stage stage = node.stage();
        LintContext ctx = node.context();
        String cwd = Lineage.of(ctx).cwdBefore(stage, node.instruction());
        String start = cwd != null ? cwd : GitCloneWithHistory.DEFAULT_CWD;
        List<Instruction> body = stage.instructions();
        List<Instruction> after = body.subList(stage.indexOf(node.instruction()) + 1, body.size());
        check(run, start, node.variables(), after, out);
    }

    private static void check(RunView run, String cwd, Variables vars, List<Instruction> after, FindingSink out) {
        // pushd/popd move the working folder in ways the walk does not follow: better a miss than a wrong path
        for (ShellCommand c : run.commands()) if (c.is("pushd") || c.is("popd")) return;
        List<Tree> trees = new ArrayList<>();
        List<String> unpackedIn = new ArrayList<>();
        Map<String, Build> builds = new LinkedHashMap<>();
        for (Layers.Located l : Layers.located(run, cwd, vars)) {
            ShellCommand c = l.command();
            String here = l.here();
            created(c, here, vars, trees, unpackedIn);
            if (here == null) continue;
            // a folder entered right after an archive was unpacked into its parent is the unpacked tree
            for (String dir : unpackedIn) {
                if (Layers.inside(here, dir) && !dir.equals("/") && treeAt(trees, here) == null) {
                    String top = dir + "/" + here.substring(dir.length() + 1).split("/")[0];
                    trees.add(new Tree(top, "unpacked by 'tar'/'unzip'"));
                }
            }
            String at = buildDir(c, here, vars);
            if (at == null) continue;
            Tree t = treeAt(trees, at);
            if (t == null) continue;
            Build b = builds.get(t.path());
            if (b == null) {
                b = new Build(t, c);
                builds.put(t.path(), b);
            }
            if (installs(c)) b.installs = true;
        }
        if (builds.isEmpty()) return;
        List<String> removed = Additions.removedPaths(run, cwd, vars);
        for (Build b : builds.values()) {
            String p = b.tree.path();
            if (anyCovers(removed, p)) continue;
            boolean scratchSpace = p.startsWith("/tmp/") || p.startsWith("/var/tmp/");
            if (!b.installs && !scratchSpace) continue;
            if (usedLater(p, after)) continue;
            out.report(
                    run.span(b.by),
                    "'" + b.by.name() + "' builds in " + p + " (" + b.tree.how() + " in this RUN)"
                            + (b.installs ? ", which the RUN installs from," : "")
                            + " but the RUN never removes it: its sources and build files stay in this layer;"
                            + " add '&& rm -rf " + p + "' at the end of the RUN (or build in a builder stage"
                            + " and COPY --from only what is installed)");
        }
    }

    private static boolean covers(Tree t, String path) {
        return path.equals(t.path()) || Layers.inside(path, t.path());
    }

    /** The first tree that holds {@code path}, or null. */
    private static Tree treeAt(List<Tree> trees, String path) {
        for (Tree t : trees) if (covers(t, path)) return t;
        return null;
    }

    private static boolean anyCovers(List<String> removed, String path) {
        for (String r : removed) if (Layers.covers(r, path)) return true;
        return false;
    }

    /** Folders a command creates: clone targets, mkdir, tar -C / unzip -d destinations. */
    private static void created(
            ShellCommand c, String here, Variables vars, List<Tree> trees, List<String> unpackedIn) {
        if (c.is("git") && Additions.gitSub(c).equals(Optional.of("clone"))) {
            List<String> ops = Additions.gitCloneOperands(c);
            if (ops.isEmpty()) return;
            String target = ops.size() > 1
                    ? ops.get(1)
                    : GIT_SUFFIX.matcher(Layers.baseName(ops.get(0))).replaceFirst("");
            String p = Layers.operand(target, here, vars);
            if (p != null && !p.equals("/")) trees.add(new Tree(p, "cloned by 'git clone'"));
        } else if (c.is("mkdir")) {
            for (String a : c.nonOptions()) {
                String p = Layers.operand(a, here, vars);
                if (p != null && !p.equals("/")) trees.add(new Tree(p, "made by 'mkdir'"));
            }
        } else if (c.is("tar") && Additions.isExtract(c)) {
            String dest = Layers.option(c, List.of("-C"), List.of("--directory"));
            String p = dest == null ? here : Layers.operand(dest, here, vars);
            if (p == null) return;
            // tar -C /tmp/x unpacks into a folder of its own; a bare tar -x unpacks its top folder into here
            if (dest != null && !isSharedFolder(p)) trees.add(new Tree(p, "unpacked by 'tar'"));
            else unpackedIn.add(p);
        } else if (c.is("unzip")) {
            String dest = Layers.option(c, List.of("-d"), List.of());
            String p = dest == null ? here : Layers.operand(dest, here, vars);
            if (p == null) return;
            if (dest != null && !isSharedFolder(p)) trees.add(new Tree(p, "unpacked by 'unzip'"));
            else unpackedIn.add(p);
        }
    }

    /** Folders that hold other things too: unpacking there does not make them a build tree. */
    private static boolean isSharedFolder(String p) {
        return List.of(
                        "/",
                        "/tmp",
                        "/var/tmp",
                        "/opt",
                        "/usr",
                        "/usr/local",
                        "/usr/src",
                        "/usr/local/src",
                        "/root",
                        "/home",
                        "/srv",
                        "/app",
                        "/src",
                        "/build",
                        "/workspace")
                .contains(p);
    }

    /** The folder a build command builds in, or null when the command builds nothing. */
    private static String buildDir(ShellCommand c, String here, Variables vars) {
        switch (c.name()) {
            case "make", "gmake", "ninja" -> {
                String dir = Layers.option(c, List.of("-C"), List.of("--directory"));
                return dir == null ? here : Layers.operand(dir, here, vars);
            }
            case "cmake" -> {
                String dir = Layers.option(c, List.of("-B"), List.of("--build", "--install"));
                if (dir == null) dir = Layers.option(c, List.of("-S"), List.of());
                return dir == null ? here : Layers.operand(dir, here, vars);
            }
            case "meson", "configure", "autoreconf", "bootstrap" -> {
                return here;
            }
            case "python", "python2", "python3" -> {
                List<String> a = c.args();
                return a.size() > 1 && a.get(0).endsWith("setup.py") ? here : null;
            }
            case "pip", "pip3" -> {
                return pipInstallFrom(c, here, vars);
            }
            default -> {
                return c.name().equals("configure") || c.name().endsWith("/configure") ? here : null;
            }
        }
    }

    /** {@code pip install .} or {@code pip install ./path}: builds the tree; null otherwise or when editable. */
    private static String pipInstallFrom(ShellCommand c, String here, Variables vars) {
        if (!"install".equals(c.subcommand()) || c.hasFlag("-e", "--editable")) return null;
        for (String a : c.operands()) {
            if (a.equals(".") || a.startsWith("./") || (a.startsWith("/") && !a.endsWith(".whl"))) {
                return Layers.operand(EXTRAS_TAIL.matcher(a).replaceFirst(""), here, vars);
            }
        }
        return null;
    }

    /** True when the command copies the build's output out of the tree. */
    private static boolean installs(ShellCommand c) {
        List<String> a = c.args();
        return switch (c.name()) {
            case "make", "gmake", "ninja" -> a.contains("install") || anyStartsWith(a, "install-");
            case "cmake" -> c.hasFlag("--install") || a.contains("install");
            case "meson" -> a.contains("install");
            case "python", "python2", "python3" -> a.contains("install") || a.contains("bdist_wheel");
            case "pip", "pip3" -> true;
            default -> false;
        };
    }

    private static boolean anyStartsWith(List<String> args, String prefix) {
        for (String x : args) if (x.startsWith(prefix)) return true;
        return false;
    }

    /** True when a later instruction of the stage names the tree (it is used, not left over). */
    private static boolean usedLater(String tree, List<Instruction> after) {
        for (Instruction ins : after) {
            if (ins.is("FROM")) continue;
            String text = ins.original();
            int i = text.indexOf(tree);
            while (i >= 0) {
                int end = i + tree.length();
                if (end >= text.length()
                        || (!Character.isLetterOrDigit(text.charAt(end))
                                && text.charAt(end) != '-'
                                && text.charAt(end) != '_')) return true;
                i = text.indexOf(tree, i + 1);
            }
        }
        return false;
    }
}
