package dev.imgslim.rules.hadolint;

import dev.imgslim.build.FromRef;
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
 * {@code COPY --from=build} where no stage named {@code build} comes before: BuildKit then pulls an image
 * called {@code build} (or uses a {@code --build-context} of that name). Deliberately not flagged (where
 * hadolint's users report false positives): image references ({@code --from=nginx:1.27},
 * {@code --from=ghcr.io/x/y}), values with unresolved variables, and the stage's own name (that is
 * {@link CopyFromSelf}). A stage defined further down is fine: BuildKit builds a graph, unlike hadolint's DL3022.
 */
public final class CopyFromUndefined implements Rule {
    public static final RuleMeta META = new RuleMeta("IS623", "copy-from-undefined", Severity.WARNING, Category.CORRECTNESS,
            "COPY --from should name a stage of this Dockerfile").withAliases("DL3022");

    @Override public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("COPY")) continue;
                Flag from = ins.flag("from");
                if (from == null || from.value() == null) continue;
                String value = Support.expand(ctx, s, ins, from.value());
                if (value == null || value.isEmpty()) continue;
                if (s.answersTo(value)) continue; // copy-from-self reports that
                FromRef ref = ctx.model().resolveFrom(from.value(), s);
                if (ref.kind() != FromRef.Kind.NAMED_CONTEXT) continue;
                out.report(META, from.span(), "no stage '" + value + "' is defined in this Dockerfile"
                        + "; BuildKit will look for a build context or pull an image named '" + value + "'");
            }
        }
    }
}
