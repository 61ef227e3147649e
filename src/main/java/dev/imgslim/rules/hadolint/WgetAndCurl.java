package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.rules.StageRule;
import dev.imgslim.script.ShellCommand;

/**
 * A stage that downloads with both wget and curl: two tools doing one job, both of which must be in the
 * image. Reported once per stage, at the first use of the second tool. Stages are judged separately
 * (a builder on another base may only have one of them). Not flagged: installing the packages
 * ({@code apt-get install curl wget}), and {@code --version} checks.
 */
public final class WgetAndCurl extends StageRule {
    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        String firstTool = null;
        int firstLine = 0;
        for (RunView run : StageFacts.shellRuns(ctx, s)) {
            for (ShellCommand c : run.commands()) {
                if (!(c.is("wget") || c.is("curl")) || c.hasFlag("--version", "-V")) continue;
                if (firstTool == null) {
                    firstTool = c.name();
                    firstLine = run.instruction().line();
                    continue;
                }
                if (c.name().equals(firstTool)) continue;
                out.report(
                        run.span(c),
                        "this stage uses both " + firstTool + " (line " + firstLine + ") and " + c.name()
                                + "; use one of them");
                return;
            }
        }
    }
}
