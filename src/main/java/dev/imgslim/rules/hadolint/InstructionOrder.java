package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Arg;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Instruction;

/**
 * An instruction other than ARG before the first FROM: there is no stage yet for it to act on, and the
 * build fails. Comments and parser directives are not instructions and are fine.
 */
public final class InstructionOrder extends FileRule {
    public static final RuleMeta META = new RuleMeta(
                    "IS631",
                    "instruction-order",
                    Severity.ERROR,
                    Category.CORRECTNESS,
                    "A Dockerfile must begin with FROM or ARG")
            .withAliases("DL3061");

    public InstructionOrder() {
        super(META);
    }

    // Whole file: the instructions before the first FROM (other than ARG) belong to no stage of the model.
    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction ins : ctx.file().instructions()) {
            if (ins instanceof From) return;
            if (ins instanceof Arg) continue;
            out.report(
                    META, ins.keywordSpan(), ins.command() + " before the first FROM: only ARG may come before FROM");
        }
    }
}
