package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;

/**
 * With {@code strict-labels: true}, a label that the configured {@code label-schema} does not list. Quiet
 * unless both are set.
 */
public final class LabelNotInSchema extends LabelRule {
    @Override
    boolean enabled(LintContext ctx) {
        return ctx.config().strictLabels() && !ctx.config().labelSchema().isEmpty();
    }

    @Override
    void check(Labels.Pair l, LintContext ctx, FindingSink out) {
        if (ctx.config().labelSchema().containsKey(l.key()) || l.key().contains("$")) return;
        out.report(l.keySpan(), "label '" + l.key() + "' is not in label-schema (strict-labels is on)");
    }
}
