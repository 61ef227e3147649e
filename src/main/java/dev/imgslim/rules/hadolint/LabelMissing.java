package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Label;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A label the configured {@code label-schema} requires is not set on the final image. Labels of the
 * stages the final stage is built FROM count (they are inherited). Quiet when the schema is empty.
 * Deliberately not flagged: builder stages (their labels never ship), and labels the base image may set
 * (we cannot see them).
 */
public final class LabelMissing extends StageRule {
    @Override
    public void visit(Stage fin, LintContext ctx, FindingSink out) {
        if (!fin.isFinal() || ctx.config().labelSchema().isEmpty()) return;
        Set<String> present = new HashSet<>();
        for (Stage s = fin; s != null; s = s.parent()) {
            for (Instruction ins : s.instructions()) {
                if (ins instanceof Label label) for (Labels.Pair l : Labels.of(ctx, s, label)) present.add(l.key());
            }
        }
        List<String> missing = ctx.config().labelSchema().keySet().stream()
                .filter(k -> !present.contains(k))
                .sorted()
                .toList();
        if (missing.isEmpty()) return;
        out.report(
                fin.from().keywordSpan(),
                "the final image lacks " + (missing.size() == 1 ? "label " : "labels ") + Support.list(missing)
                        + " required by label-schema");
    }
}
