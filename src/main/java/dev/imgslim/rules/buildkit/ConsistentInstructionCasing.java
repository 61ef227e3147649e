package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's ConsistentInstructionCasing: every instruction keyword should use the casing of the
 * majority (upper case wins a tie); a mixed-case keyword such as {@code Run} is always reported.
 *
 * <p>Deliberately not flagged, as in BuildKit: ARGs before the first FROM (they belong to no stage,
 * so they are neither counted nor judged) and the instruction inside {@code ONBUILD}.
 */
public final class ConsistentInstructionCasing implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS504",
                    "consistent-instruction-casing",
                    Severity.STYLE,
                    Category.STYLE,
                    "All commands within the Dockerfile should use the same casing (either upper or lower)")
            .withAliases("ConsistentInstructionCasing")
            .withFix(Fix.Safety.SAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        List<Instruction> all = new ArrayList<>();
        for (Stage s : ctx.model().stages()) {
            all.add(s.from());
            all.addAll(s.instructions());
        }
        int lower = 0, upper = 0;
        for (Instruction ins : all) {
            String k = ins.keyword();
            if (Bk.isLower(k)) lower++;
            else if (Bk.isUpper(k)) upper++;
        }
        boolean majorityLower = lower > upper;
        for (Instruction ins : all) {
            String k = ins.keyword();
            String want = null;
            if (majorityLower && !Bk.isLower(k)) want = "lowercase";
            else if (!majorityLower && !Bk.isUpper(k)) want = "uppercase";
            if (want != null) {
                out.report(
                        META,
                        ins.keywordSpan(),
                        "Command '" + k + "' should match the case of the command majority (" + want + ")",
                        null,
                        InstructionEdits.recase(ctx.file(), ins.keywordSpan(), !majorityLower));
            }
        }
    }
}
