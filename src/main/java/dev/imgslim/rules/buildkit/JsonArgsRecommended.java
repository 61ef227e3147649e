package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Cmd;
import dev.imgslim.syntax.Entrypoint;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Shell;

/**
 * BuildKit's JSONArgsRecommended (hadolint DL3025): {@code CMD} or {@code ENTRYPOINT} in shell form runs
 * the program under {@code /bin/sh -c}, which does not forward SIGTERM, so {@code docker stop} waits and
 * then kills it.
 *
 * <p>Deliberately not flagged, as in BuildKit: a stage (or a stage it is built FROM) that set a
 * {@code SHELL} before, which says the shell is wanted; the instruction inside {@code ONBUILD}. A
 * {@code SHELL} set by the base image is unknown here. One difference from BuildKit, for precision: a shell
 * form that starts with {@code exec} ({@code CMD exec uvicorn app:app}) is not reported, since the shell
 * replaces itself with the program, which then gets the signals.
 */
public final class JsonArgsRecommended extends StageRule {
    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        boolean shell = StageFacts.inherits(s, Shell.class);
        for (Instruction ins : s.instructions()) {
            if (ins instanceof Shell) shell = true;
            if (!(ins instanceof Cmd || ins instanceof Entrypoint) || ins.isJson() || shell || startsWithExec(ins))
                continue;
            out.report(
                    ins.keywordSpan(),
                    "JSON arguments recommended for " + ins.command()
                            + " to prevent unintended behavior related to OS signals",
                    null,
                    InstructionEdits.execForm(ins));
        }
    }

    private static boolean startsWithExec(Instruction ins) {
        String r = ins.rest();
        return r.equals("exec") || r.startsWith("exec ") || r.startsWith("exec\t");
    }
}
