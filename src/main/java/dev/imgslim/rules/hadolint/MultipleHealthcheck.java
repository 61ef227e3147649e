package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Healthcheck;
import java.util.List;

/**
 * More than one HEALTHCHECK in a stage: only the last one takes effect. Each stage is judged on its own
 * (every stage may have one); {@code HEALTHCHECK NONE} counts like any other.
 */
public final class MultipleHealthcheck extends StageRule {
    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        List<Healthcheck> checks = StageFacts.instructions(s, Healthcheck.class);
        for (int i = 1; i < checks.size(); i++) {
            out.report(
                    checks.get(i).keywordSpan(),
                    "another HEALTHCHECK in this stage (first at line "
                            + checks.get(0).line() + "); only the last one takes effect");
        }
    }
}
