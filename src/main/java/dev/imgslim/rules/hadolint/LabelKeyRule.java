package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import java.util.Optional;

/**
 * A check of label keys, with or without a schema. Keys given by variables are not judged: their value
 * comes from a build arg the file does not show.
 */
abstract class LabelKeyRule extends LabelRule {
    /** What is wrong with the key, if anything: the finding says {@code label key '<key>' <problem>}. */
    abstract Optional<String> problem(String key);

    @Override
    final void check(Labels.Pair l, LintContext ctx, FindingSink out) {
        String k = l.key();
        if (k.contains("$")) return;
        problem(k).ifPresent(why -> out.report(l.keySpan(), "label key '" + k + "' " + why));
    }
}
