package dev.imgslim.rules;

/**
 * Where the engine takes a {@link NodeRule} or {@link StageRule} besides every stage's own instructions,
 * or which stages it leaves out: said once, on the class line ({@code implements Reach.ShippingOnly}).
 * A rule that implements neither is handed every stage's own instructions.
 */
public final class Reach {
    private Reach() {}

    /** Only stages whose layers end up in the built image ({@link dev.imgslim.build.Stage#ships()}). */
    public interface ShippingOnly {}

    /** Also the instructions ONBUILD wraps ({@link Node#onbuild()} is then set); node rules only. */
    public interface OnbuildTriggers {}
}
