package dev.imgslim.rules;

/**
 * A rule's identity comes from its line in the rule table ({@code rules.txt}), found by its class: a
 * rule class holds only its judgement. Subclasses say how the engine reaches them: {@link NodeRule},
 * {@link StageRule} or, for rules that truly need the whole file, {@link FileRule}.
 */
public abstract class AbstractRule implements Rule {
    private final RuleMeta meta;

    AbstractRule() {
        this.meta = RuleTable.get().rowOf(getClass()).meta();
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }
}
