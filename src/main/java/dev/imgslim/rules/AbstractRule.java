package dev.imgslim.rules;

/**
 * A rule's identity, given once to its constructor: {@code super(META)} instead of a {@code meta()}
 * override in every class. Subclasses say how the engine reaches them: {@link NodeRule}, {@link StageRule}
 * or, for rules that truly need the whole file, {@link FileRule}.
 */
public abstract class AbstractRule implements Rule {
    private final RuleMeta meta;

    AbstractRule(RuleMeta meta) {
        this.meta = meta;
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }
}
