package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;

/**
 * Shared shape of the typed label checks: a label the configured {@code label-schema} gives this type must
 * hold a valid value. Quiet when the schema is empty (the default). Empty values are
 * {@link LabelEmpty}'s; values with unresolved variables are not judged.
 */
abstract class TypedLabel extends LabelRule {

    private final String type;
    private final String expected;

    /**
     * @param type     the schema type this rule validates, e.g. {@code url}
     * @param expected what a valid value looks like, for the message
     */
    TypedLabel(String type, String expected) {
        this.type = type;
        this.expected = expected;
    }

    /**
     * True for a valid value. A method to override, not a predicate passed in: a method reference would be
     * linked whenever the rule is made, in every lint (~0.1 ms on JDK 17; see LintContext.sharedOrNull).
     */
    abstract boolean isValid(String value);

    @Override
    boolean enabled(LintContext ctx) {
        return !ctx.config().labelSchema().isEmpty();
    }

    @Override
    void check(Labels.Pair l, LintContext ctx, FindingSink out) {
        if (!type.equals(Labels.type(ctx, l.key()))
                || l.value() == null
                || l.value().isEmpty()) return;
        if (isValid(l.value())) return;
        out.report(
                l.keySpan(),
                "label '" + l.key() + "' is '" + l.value() + "', not " + expected + " (label-schema type '" + type
                        + "')");
    }
}
