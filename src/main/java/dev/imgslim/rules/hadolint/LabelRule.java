package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Label;

/** A check of single label pairs: the engine hands it every LABEL of every stage (not ONBUILD triggers). */
abstract class LabelRule extends NodeRule<Label> {

    /** False when the configuration turns the check off (most need a {@code label-schema}). */
    boolean enabled(LintContext ctx) {
        return true;
    }

    abstract void check(Labels.Pair label, LintContext ctx, FindingSink out);

    @Override
    public final void visit(Node<Label> node, FindingSink out) {
        LintContext ctx = node.context();
        if (!enabled(ctx)) return;
        for (Labels.Pair p : Labels.of(ctx, node.stage(), node.value())) check(p, ctx, out);
    }
}
