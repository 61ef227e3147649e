package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.List;

/**
 * Shared shape of the "answer the installer's prompt" checks: an install without its assume-yes switch
 * waits for an answer a build cannot give, and fails or aborts. Not flagged: RUNs that pipe {@code yes}
 * into the installer.
 */
abstract class MissingYes implements NodeRule<Run> {

    /** True for the operations that ask for confirmation without the switch. */
    abstract boolean prompts(PackageOperation op);

    /** True when the operation's options answer the prompt ({@code -y}...). */
    abstract boolean answered(PackageOperation op);

    /** The switch to add, e.g. {@code -y}. */
    abstract String yes();

    @Override
    public Class<Run> visits() {
        return Run.class;
    }

    @Override
    public void visit(Node<Run> node, FindingSink out) {
        RunView run = node.run();
        if (!run.isShell() || run.invokes("yes")) return;
        for (PackageOperation op : run.packageOperations()) {
            ShellCommand c = op.command();
            if (!prompts(op) || answered(op)) continue;
            out.report(
                    meta(),
                    run.span(c),
                    "'" + c.name() + " " + op.verb() + "' without '" + yes()
                            + "' asks for confirmation the build cannot give; add '" + yes() + "'",
                    null,
                    fix(run, op));
        }
    }

    /** A safe fix: {@code yes()} right after the verb (not for exec form or {@code sh -c} strings). */
    private List<Fix> fix(RunView run, PackageOperation op) {
        ShellCommand.Word verb = op.verbWord();
        if (run.instruction().isJson()
                || op.command().nested()
                || verb == null
                || !verb.raw().equals(verb.value())) return List.of();
        return List.of(Fix.safe(
                "add " + yes(), TextEdit.insert(run.span(op.command(), verb).endOffset(), " " + yes())));
    }
}
