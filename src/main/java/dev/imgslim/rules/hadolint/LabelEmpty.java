package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;

/**
 * A label the configured {@code label-schema} lists is set to an empty value ({@code LABEL version=""}).
 * Quiet when the schema is empty. Not flagged: values that come from variables without a value (a
 * {@code --build-arg} usually fills them).
 */
public final class LabelEmpty extends LabelRule {
    @Override
    boolean enabled(LintContext ctx) {
        return !ctx.config().labelSchema().isEmpty();
    }

    @Override
    void check(Labels.Pair l, LintContext ctx, FindingSink out) {
        if (Labels.type(ctx, l.key()) == null || l.value() == null || !l.value().isEmpty()) return;
        if (l.raw().contains("$")) return;
        out.report(l.keySpan(), "label '" + l.key() + "' is empty");
    }
}
