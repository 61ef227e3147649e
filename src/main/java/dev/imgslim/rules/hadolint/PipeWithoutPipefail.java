package dev.imgslim.rules.hadolint;

import dev.imgslim.build.StageShell;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.script.ShellScript;
import dev.imgslim.syntax.Heredoc;
import dev.imgslim.syntax.Run;
import dev.imgslim.syntax.SourceText;
import dev.imgslim.syntax.Span;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code RUN curl -fsSL URL | tar xz} in a shell without {@code pipefail}: a pipeline's status is its last
 * command's, so a failed download passes unnoticed. The shell in effect is the last SHELL of the stage or
 * of the stages it is built FROM ({@code /bin/sh -c} by default; the stage's one shell decision,
 * {@code Stage.shell}), matched by basename ({@code busybox sh} counts as sh). Not flagged: a SHELL with {@code -o pipefail}; a RUN that sets {@code -o pipefail} itself
 * ({@code set -eo pipefail; ...}, {@code bash -o pipefail -c ...}); a SHELL that is not a POSIX shell
 * (pwsh, cmd); heredoc scripts for other interpreters; exec-form RUNs; pipelines whose left-hand
 * commands cannot fail in a way that matters ({@code echo}, {@code printf}, {@code yes}, {@code true}); pipelines
 * whose last command fails on empty input anyway ({@code grep} without {@code -v}/{@code -c},
 * {@code sha256sum -c}); pipelines used as a condition ({@code if a | grep -q x}); pipelines ending in
 * {@code | true}; and {@code case} patterns ({@code amd64 | arm64)}).
 */
public final class PipeWithoutPipefail extends NodeRule<Run> {
    private static final Set<String> POSIX = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");
    private static final Set<String> HARMLESS = Set.of("echo", "printf", "yes", "true");
    /** Text ending in a keyword that makes the pipeline a condition. */
    private static final Pattern CONDITION = Pattern.compile("(\\bif|\\belif|\\bwhile|\\buntil|!)$");

    private static final Pattern CHECKSUM = Pattern.compile("(sha1|sha224|sha256|sha384|sha512|md5)sum");

    @Override
    public void visit(Node<Run> node, FindingSink out) {
        Run ins = node.value();
        if (ins.isExec()) return;
        RunView run = node.run();
        if (!run.isShell()) return;
        StageShell shell = node.shell();
        if (!shell.isPosix() || shell.setsPipefail()) return;
        for (ShellCommand c : run.commands()) if (setsPipefail(c)) return;
        // The RUN's text as RunView already parsed it: the same text and commands a second parse gave.
        ShellScript inline = run.inlineScript();
        ShellCommand risky = firstRiskyPipe(inline.text(), inline);
        Span at = risky == null ? null : ins.spanOfRest(risky.start(), risky.end());
        if (at == null && run.isHeredocScript()) {
            SourceText source = node.context().file().source();
            for (Heredoc doc : ins.heredocs()) {
                int base = source.lineStart(doc.bodyStartLine());
                risky = firstRiskyPipe(doc.content(), null);
                if (risky != null) {
                    at = source.span(base + risky.start(), base + risky.end());
                    break;
                }
            }
        }
        if (at == null) return;
        out.report(
                at,
                "a pipe in '" + shell.program() + "' without pipefail: only the last command's failure fails the"
                        + " build; use SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (or 'set -o pipefail &&' where the"
                        + " shell supports it)");
    }

    private static boolean setsPipefail(ShellCommand c) {
        return (c.is("set") || POSIX.contains(c.name())) && StageShell.setsPipefail(c.args());
    }

    /**
     * The first command of the first pipeline whose left-hand side can fail unnoticed, or null; its offsets
     * are in {@code text}. {@code parsed} is {@code text} already parsed (the RUN's own script), or null to
     * parse it here.
     */
    private static ShellCommand firstRiskyPipe(String text, ShellScript parsed) {
        if (text.indexOf('|') < 0) return null; // no pipe (most RUNs): not worth parsing the script again
        List<ShellCommand> cmds = (parsed != null ? parsed : ShellScript.parse(text)).commands();
        int i = 0;
        while (i < cmds.size()) {
            int j = i;
            while (j + 1 < cmds.size() && piped(cmds.get(j), cmds.get(j + 1), text)) j++;
            if (j > i && risky(cmds.subList(i, j + 1), text)) return cmds.get(i);
            i = j + 1;
        }
        return null;
    }

    private static boolean risky(List<ShellCommand> pipe, String text) {
        ShellCommand last = pipe.get(pipe.size() - 1);
        if (last.args().isEmpty() && nextNonBlank(text, last.end()) == ')') return false; // case pattern a | b)
        if (last.is("true") || last.is(":")) return false; // failure ignored on purpose
        // An empty input makes these fail too, so a failed producer still fails the build.
        if ((last.is("grep") || last.is("egrep") || last.is("fgrep"))
                && !last.hasFlag("-v", "--invert-match", "-c", "--count", "-L", "--files-without-match")) return false;
        if (CHECKSUM.matcher(last.name()).matches() && last.hasFlag("-c", "--check")) return false;
        // Only the words just before the pipeline matter: never scan (or copy) the whole script per pipe.
        int end = Math.max(0, Math.min(pipe.get(0).start(), text.length()));
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (CONDITION
                .matcher(text)
                .region(Math.max(0, end - 6), end)
                .useTransparentBounds(true)
                .find()) return false; // a condition: its status is the point
        for (int k = 0; k < pipe.size() - 1; k++)
            if (!HARMLESS.contains(pipe.get(k).name())) return true;
        return false;
    }

    private static char nextNonBlank(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) return text.charAt(i);
        }
        return 0;
    }

    private static boolean piped(ShellCommand a, ShellCommand b, String text) {
        if (!a.pipeline() || !b.pipeline() || a.nested() != b.nested()) return false;
        if (a.end() > b.start() || b.start() > text.length()) return false;
        String gap = text.substring(a.end(), b.start()).replace("||", "");
        return gap.contains("|");
    }
}
