package dev.imgslim.rules;

/**
 * A check. Rules own only their judgement: the engine does dispatch, suppression, severity overrides
 * and thresholds. Keep state in local variables so one instance is safe to reuse across files.
 */
public interface Rule {
    RuleMeta meta();

    void check(LintContext ctx, FindingSink out);
}
