package dev.imgslim.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the engine takes a {@link NodeRule} or {@link StageRule} besides every stage's own instructions,
 * or which stages it leaves out: declared once, in the rule's constructor.
 */
public enum Reach {
    /** Only stages whose layers end up in the built image ({@link dev.imgslim.build.Stage#ships()}). */
    SHIPPING_ONLY,
    /** Also the instructions ONBUILD wraps ({@link Node#onbuild()} is then set); node rules only. */
    ONBUILD_TRIGGERS;

    static Set<Reach> of(Reach... reach) {
        return reach.length == 0 ? EnumSet.noneOf(Reach.class) : EnumSet.of(reach[0], reach);
    }
}
