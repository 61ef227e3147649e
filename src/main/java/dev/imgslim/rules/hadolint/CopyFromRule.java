package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.Flag;
import java.util.Optional;

/**
 * A check of what {@code COPY --from} names: the engine hands it every COPY; those with a {@code --from}
 * whose value expands with the variables in scope reach {@link #check} (unknown variables are not judged).
 */
abstract class CopyFromRule extends NodeRule<Copy> {

    /**
     * @param from  the {@code --from} flag as written (its span is where findings point)
     * @param value its value, variables expanded
     */
    abstract void check(Flag from, String value, Node<Copy> node, FindingSink out);

    @Override
    public final void visit(Node<Copy> node, FindingSink out) {
        Flag from = node.value().flag("from");
        if (from == null || from.value() == null) return;
        Optional<String> value = Support.expand(node, from.value());
        if (value.isPresent()) check(from, value.get(), node, out);
    }
}
