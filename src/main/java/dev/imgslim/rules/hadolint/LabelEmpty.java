package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;

/**
 * A label the configured {@code label-schema} lists is set to an empty value ({@code LABEL version=""}).
 * Quiet when the schema is empty. Not flagged: values that come from variables without a value (a
 * {@code --build-arg} usually fills them).
 */
public final class LabelEmpty implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS643", "label-empty", Severity.WARNING, Category.STYLE, "A label from the label schema is empty")
            .withAliases("DL3051");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (ctx.config().labelSchema().isEmpty()) return;
        for (Labels.Label l : Labels.all(ctx)) {
            if (Labels.type(ctx, l.key()) == null
                    || l.value() == null
                    || !l.value().isEmpty()) continue;
            if (l.raw().contains("$")) continue;
            out.report(META, l.keySpan(), "label '" + l.key() + "' is empty");
        }
    }
}
