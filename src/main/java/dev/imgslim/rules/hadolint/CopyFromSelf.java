package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.Flag;

/**
 * {@code COPY --from=app} inside the stage named {@code app} (or its own index): a stage cannot copy from
 * itself; BuildKit would look for an image or context of that name instead. Not flagged: values with
 * unresolved variables.
 */
public final class CopyFromSelf extends CopyFromRule {
    @Override
    void check(Flag from, String value, Node<Copy> node, FindingSink out) {
        if (!node.stage().answersTo(value)) return;
        out.report(
                from.span(),
                "COPY --from='" + value + "' names the stage it is in; a stage cannot copy"
                        + " from itself (copy from an earlier stage)");
    }
}
