package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.List;

/**
 * Shared shape of the "answer the installer's prompt" checks: an install without its assume-yes switch
 * waits for an answer a build cannot give, and fails or aborts. Not flagged: RUNs that pipe {@code yes}
 * into the installer.
 */
abstract class MissingYes extends PackageOperationRule {

    private final PackageManager manager;
    private final String yes;
    private final String[] answers;

    /**
     * @param manager the installer whose installs prompt
     * @param yes     the switch to add, e.g. {@code -y}
     * @param answers the options that answer the prompt ({@code -y}, {@code --assumeyes}...)
     */
    MissingYes(PackageManager manager, String yes, String... answers) {
        this.manager = manager;
        this.yes = yes;
        this.answers = answers.clone();
    }

    /** True for the operations that ask for confirmation without the switch (default: the manager's installs). */
    boolean prompts(PackageOperation op) {
        return op.manager() == manager && op.isInstall();
    }

    /** True when the operation's options answer the prompt. */
    boolean answered(PackageOperation op) {
        return op.hasOption(answers);
    }

    @Override
    final void check(PackageOperation op, RunView run, Node<Run> node, FindingSink out) {
        if (!prompts(op) || answered(op) || run.invokes("yes")) return;
        ShellCommand c = op.command();
        out.report(
                run.span(c),
                "'" + c.name() + " " + op.verb() + "' without '" + yes
                        + "' asks for confirmation the build cannot give; add '" + yes + "'",
                null,
                fix(run, op));
    }

    /** A safe fix: {@code yes()} right after the verb (not for exec form or {@code sh -c} strings). */
    private List<Fix> fix(RunView run, PackageOperation op) {
        ShellCommand.Word verb = op.verbWord();
        if (run.instruction().isJson()
                || op.command().nested()
                || verb == null
                || !verb.raw().equals(verb.value())) return List.of();
        return List.of(Fix.safe(
                "add " + yes, TextEdit.insert(run.span(op.command(), verb).endOffset(), " " + yes)));
    }
}
