package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;

import java.util.List;

/**
 * Shared shape of the "answer the installer's prompt" checks: an install without its assume-yes switch
 * waits for an answer a build cannot give, and fails or aborts. Not flagged: RUNs that pipe {@code yes}
 * into the installer.
 */
abstract class MissingYes implements Rule {

    abstract boolean prompts(ShellCommand c);

    abstract boolean answered(ShellCommand c);

    /** The switch to add, e.g. {@code -y}. */
    abstract String yes();

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (LintContext.StageRun sr : Support.shellRuns(ctx)) {
            RunView run = sr.run();
            if (run.invokes("yes")) continue;
            for (ShellCommand c : run.commands()) {
                if (!prompts(c) || answered(c)) continue;
                out.report(meta(), run.span(c), "'" + c.name() + " " + subcommandOf(c) + "' without '" + yes()
                        + "' asks for confirmation the build cannot give; add '" + yes() + "'", null, fix(run, c));
            }
        }
    }

    /** A safe fix: {@code yes()} right after the subcommand word (not for exec form or {@code sh -c} strings). */
    private List<Fix> fix(RunView run, ShellCommand c) {
        if (run.instruction().isJson() || c.nested()) return List.of();
        String sub = subcommandOf(c);
        for (ShellCommand.Word w : c.argWords()) {
            if (!w.value().equals(sub) || !w.raw().equals(sub)) continue;
            return List.of(Fix.safe("add " + yes(), TextEdit.insert(run.span(c, w).endOffset(), " " + yes())));
        }
        return List.of();
    }

    String subcommandOf(ShellCommand c) {
        return String.valueOf(c.subcommand());
    }
}
