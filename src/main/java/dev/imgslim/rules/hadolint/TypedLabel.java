package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RuleMeta;

/**
 * Shared shape of the typed label checks: a label the configured {@code label-schema} gives this type must
 * hold a valid value. Quiet when the schema is empty (the default). Empty values are
 * {@link LabelEmpty}'s; values with unresolved variables are not judged.
 */
abstract class TypedLabel extends LabelRule {

    TypedLabel(RuleMeta meta) {
        super(meta);
    }

    /** The schema type this rule validates, e.g. {@code url}. */
    abstract String type();

    abstract boolean valid(String value);

    /** What a valid value looks like, for the message. */
    abstract String expected();

    @Override
    boolean enabled(LintContext ctx) {
        return !ctx.config().labelSchema().isEmpty();
    }

    @Override
    void check(Labels.Pair l, LintContext ctx, FindingSink out) {
        if (!type().equals(Labels.type(ctx, l.key()))
                || l.value() == null
                || l.value().isEmpty()) return;
        if (valid(l.value())) return;
        out.report(
                meta(),
                l.keySpan(),
                "label '" + l.key() + "' is '" + l.value() + "', not " + expected() + " (label-schema type '" + type()
                        + "')");
    }
}
