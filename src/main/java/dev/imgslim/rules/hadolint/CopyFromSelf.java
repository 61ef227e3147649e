package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;

/**
 * {@code COPY --from=app} inside the stage named {@code app} (or its own index): a stage cannot copy from
 * itself; BuildKit would look for an image or context of that name instead. Not flagged: values with
 * unresolved variables.
 */
public final class CopyFromSelf implements Rule {
    public static final RuleMeta META = new RuleMeta("IS624", "copy-from-self", Severity.ERROR, Category.CORRECTNESS,
            "COPY --from cannot name the stage it is in").withAliases("DL3023");

    @Override public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("COPY")) continue;
                Flag from = ins.flag("from");
                if (from == null || from.value() == null) continue;
                String value = Support.expand(ctx, s, ins, from.value());
                if (value == null) continue;
                if (!s.answersTo(value)) continue;
                out.report(META, from.span(), "COPY --from='" + value + "' names the stage it is in; a stage cannot copy"
                        + " from itself (copy from an earlier stage)");
            }
        }
    }
}
