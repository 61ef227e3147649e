package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import java.util.function.Predicate;

/**
 * Shared shape of the typed label checks: a label the configured {@code label-schema} gives this type must
 * hold a valid value. Quiet when the schema is empty (the default). Empty values are
 * {@link LabelEmpty}'s; values with unresolved variables are not judged.
 */
abstract class TypedLabel extends LabelRule {

    private final String type;
    private final String expected;
    /** Null when the rule overrides {@link #isValid}. */
    private final Predicate<String> valid;

    /**
     * @param type     the schema type this rule validates, e.g. {@code url}
     * @param expected what a valid value looks like, for the message
     * @param valid    true for a valid value
     */
    TypedLabel(String type, String expected, Predicate<String> valid) {
        this.type = type;
        this.expected = expected;
        this.valid = valid;
    }

    /**
     * For a rule that overrides {@link #isValid} rather than pass a method reference, which costs its
     * linking when the rule is made, in every lint (see LintContext.sharedOrNull: start-up).
     */
    TypedLabel(String type, String expected) {
        this(type, expected, null);
    }

    /** True for a valid value. */
    boolean isValid(String value) {
        return valid.test(value);
    }

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
