package dev.imgslim.rules;

import dev.imgslim.build.Stage;
import java.util.Set;

/** A rule that judges a whole stage at a time (its base, its instruction sequence); the engine walks the stages. */
public abstract class StageRule extends AbstractRule {
    private final boolean shippingOnly;

    /**
     * @param meta  the rule's identity
     * @param reach {@link Reach#SHIPPING_ONLY} to visit only stages whose layers end up in the built image,
     *              or nothing: every stage
     */
    protected StageRule(RuleMeta meta, Reach... reach) {
        super(meta);
        Set<Reach> r = Reach.of(reach);
        if (r.contains(Reach.ONBUILD_TRIGGERS))
            throw new IllegalArgumentException("a stage rule has no ONBUILD triggers to visit");
        this.shippingOnly = r.contains(Reach.SHIPPING_ONLY);
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
