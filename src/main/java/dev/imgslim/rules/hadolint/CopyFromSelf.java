package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.Flag;

/**
 * {@code COPY --from=app} inside the stage named {@code app} (or its own index): a stage cannot copy from
 * itself; BuildKit would look for an image or context of that name instead. Not flagged: values with
 * unresolved variables.
 */
public final class CopyFromSelf extends CopyFromRule {
    public static final RuleMeta META = new RuleMeta(
                    "IS624",
                    "copy-from-self",
                    Severity.ERROR,
                    Category.CORRECTNESS,
                    "COPY --from cannot name the stage it is in")
            .withAliases("DL3023");

    public CopyFromSelf() {
        super(META);
    }

    @Override
    void check(Flag from, String value, Node<Copy> node, FindingSink out) {
        if (!node.stage().answersTo(value)) return;
        out.report(
                META,
                from.span(),
                "COPY --from='" + value + "' names the stage it is in; a stage cannot copy"
                        + " from itself (copy from an earlier stage)");
    }
}
