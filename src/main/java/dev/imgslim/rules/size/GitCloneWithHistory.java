package dev.imgslim.rules.size;

import dev.imgslim.build.Variables;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code git clone} without {@code --depth} or {@code --filter} in a stage that ships, whose
 * working tree stays in the layer: the whole history comes along in its {@code .git} folder, often
 * larger than the checkout itself.
 *
 * <p>Deliberately not flagged: shallow or partial clones ({@code --depth}, {@code --filter},
 * {@code --shallow-since}, {@code --shallow-exclude}); a RUN that removes the clone or its
 * {@code .git} folder again; clones in stages that do not ship (a builder stage that only hands on
 * its build output); {@code ONBUILD RUN}. A clone removed in a later RUN is delete-in-later-layer's.
 * Relative paths are resolved against WORKDIR, and {@code /} before any WORKDIR.
 */
public final class GitCloneWithHistory extends ShippedRunRule {
    /** Before any WORKDIR of the Dockerfile, relative paths are taken from {@code /}, the default working directory. */
    static final String DEFAULT_CWD = "/";

    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    @Override
    void check(Node<Run> node, RunView run, FindingSink out) {
        String cwd = cwd(node);
        String start = cwd != null ? cwd : DEFAULT_CWD;
        Variables vars = node.variables();
        Removals removed = Removals.of(Additions.removedPaths(run, start, vars));
        Set<String> removedWords = removedWords(run);
        for (Layers.Located l : Layers.located(run, start, vars))
            check(run, l.command(), l.here(), vars, removed, removedWords, out);
    }

    /** The words rm is given, as written: {@code pushd}/{@code popd} moves are not followed, the same word is. */
    private static Set<String> removedWords(RunView run) {
        Set<String> out = new HashSet<>();
        for (ShellCommand c : run.commands()) {
            if (!c.is("rm")) continue;
            for (String a : c.nonOptions()) out.add(TRAILING_SLASHES.matcher(a).replaceAll(""));
        }
        return out;
    }

    private static void check(
            RunView run,
            ShellCommand c,
            String here,
            Variables vars,
            Removals removed,
            Set<String> removedWords,
            FindingSink out) {
        if (!c.is("git") || !Additions.gitSub(c).equals(Optional.of("clone"))) return;
        if (c.hasFlag("--depth", "--filter", "--shallow-since", "--shallow-exclude")) return;
        List<String> ops = Additions.gitCloneOperands(c);
        if (ops.isEmpty()) return;
        String target =
                ops.size() > 1 ? ops.get(1) : Layers.baseName(ops.get(0)).replaceFirst("\\.git$", "");
        String word = TRAILING_SLASHES.matcher(target).replaceAll("");
        if (removedWords.contains(word) || removedWords.contains(word + "/.git")) return;
        String path = Layers.operand(target, here, vars);
        if (path != null && (removed.covers(path) || removed.covers(path + "/.git"))) return;
        out.report(
                run.span(c),
                "'git clone' of " + ops.get(0) + " without --depth 1 keeps the repository's whole"
                        + " history in " + (target.contains("$") ? "the checkout's .git" : word + "/.git")
                        + " in this layer; clone with"
                        + " --depth 1 (add --branch <tag> for a release), or remove the .git folder in the same RUN");
    }
}
