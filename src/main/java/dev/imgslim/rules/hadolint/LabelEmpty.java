package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RuleMeta;

/**
 * A label the configured {@code label-schema} lists is set to an empty value ({@code LABEL version=""}).
 * Quiet when the schema is empty. Not flagged: values that come from variables without a value (a
 * {@code --build-arg} usually fills them).
 */
public final class LabelEmpty extends LabelRule {
    public static final RuleMeta META = new RuleMeta(
                    "IS643", "label-empty", Severity.WARNING, Category.STYLE, "A label from the label schema is empty")
            .withAliases("DL3051");

    public LabelEmpty() {
        super(META);
    }

    @Override
    boolean enabled(LintContext ctx) {
        return !ctx.config().labelSchema().isEmpty();
    }

    @Override
    void check(Labels.Pair l, LintContext ctx, FindingSink out) {
        if (Labels.type(ctx, l.key()) == null || l.value() == null || !l.value().isEmpty()) return;
        if (l.raw().contains("$")) return;
        out.report(META, l.keySpan(), "label '" + l.key() + "' is empty");
    }
}
