package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;

/**
 * BuildKit's StageNameCasing: a stage name after {@code AS} that is not all lower case. BuildKit
 * lower-cases stage names anyway, so {@code --target Builder} and {@code COPY --from=builder} both work;
 * the mixed spelling only misleads readers.
 *
 * <p>Deliberately not flagged: FROM without {@code AS} and stage names written in lower case with digits
 * or symbols.
 */
public final class StageNameCasing extends StageRule {
    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        var a = s.from().args();
        if (a.size() != 3) return;
        String name = a.get(2);
        if (Bk.isLower(name)) return;
        out.report(
                Bk.stageNameSpan(s),
                "Stage name '" + name + "' should be lowercase",
                null,
                InstructionEdits.recase(ctx.file(), Bk.stageNameSpan(s), false));
    }
}
