package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RuleMeta;

/**
 * With {@code strict-labels: true}, a label that the configured {@code label-schema} does not list. Quiet
 * unless both are set.
 */
public final class LabelNotInSchema extends LabelRule {
    public static final RuleMeta META = new RuleMeta(
                    "IS642",
                    "label-not-in-schema",
                    Severity.INFO,
                    Category.STYLE,
                    "With strict labels, only labels from the label schema are allowed")
            .withAliases("DL3050");

    public LabelNotInSchema() {
        super(META);
    }

    @Override
    boolean enabled(LintContext ctx) {
        return ctx.config().strictLabels() && !ctx.config().labelSchema().isEmpty();
    }

    @Override
    void check(Labels.Pair l, LintContext ctx, FindingSink out) {
        if (ctx.config().labelSchema().containsKey(l.key()) || l.key().contains("$")) return;
        out.report(META, l.keySpan(), "label '" + l.key() + "' is not in label-schema (strict-labels is on)");
    }
}
