package dev.imgslim.rules;

import dev.imgslim.build.Stage;

/** A rule that judges a whole stage at a time (its base, its instruction sequence); the engine walks the stages. */
public interface StageRule extends Rule {
    /** True to visit only stages whose layers end up in the built image. */
    default boolean shippingOnly() {
        return false;
    }

    void visit(Stage stage, LintContext ctx, FindingSink out);

    @Override
    default void check(LintContext ctx, FindingSink out) {
        new ModelWalk(ctx).add(this, out).walk();
    }
}
