package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Arg;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Instruction;

/**
 * An instruction other than ARG before the first FROM: there is no stage yet for it to act on, and the
 * build fails. Comments and parser directives are not instructions and are fine.
 */
public final class InstructionOrder extends FileRule {
    // Whole file: the instructions before the first FROM (other than ARG) belong to no stage of the model.
    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction ins : ctx.file().instructions()) {
            if (ins instanceof From) return;
            if (ins instanceof Arg) continue;
            out.report(ins.keywordSpan(), ins.command() + " before the first FROM: only ARG may come before FROM");
        }
    }
}
