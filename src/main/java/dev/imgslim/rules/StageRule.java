package dev.imgslim.rules;

import dev.imgslim.build.Stage;

/**
 * A rule that judges a whole stage at a time (its base, its instruction sequence); the engine walks the
 * stages, only those that ship when the rule {@code implements Reach.ShippingOnly}.
 */
public abstract class StageRule extends AbstractRule {
    private final boolean shippingOnly = this instanceof Reach.ShippingOnly;

    protected StageRule() {
        if (this instanceof Reach.OnbuildTriggers)
            throw new IllegalStateException("a stage rule has no ONBUILD triggers to visit: " + getClass());
    }

    final boolean shippingOnly() {
        return shippingOnly;
    }

    public abstract void visit(Stage stage, LintContext ctx, FindingSink out);

    @Override
    public final void check(LintContext ctx, FindingSink out) {
        new ModelWalk(ctx).add(this, out).walk();
    }
}
