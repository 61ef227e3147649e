package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;

/**
 * Shared shape of the typed label checks: a label the configured {@code label-schema} gives this type must
 * hold a valid value. Quiet when the schema is empty (the default). Empty values are
 * {@link LabelEmpty}'s; values with unresolved variables are not judged.
 */
abstract class TypedLabel implements Rule {

    /** The schema type this rule validates, e.g. {@code url}. */
    abstract String type();

    abstract boolean valid(String value);

    /** What a valid value looks like, for the message. */
    abstract String expected();

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (ctx.config().labelSchema().isEmpty()) return;
        for (Labels.Label l : Labels.all(ctx)) {
            if (!type().equals(Labels.type(ctx, l.key()))
                    || l.value() == null
                    || l.value().isEmpty()) continue;
            if (valid(l.value())) continue;
            out.report(
                    meta(),
                    l.keySpan(),
                    "label '" + l.key() + "' is '" + l.value() + "', not " + expected() + " (label-schema type '"
                            + type() + "')");
        }
    }
}
