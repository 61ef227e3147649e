package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Env;
import java.util.List;

/**
 * {@code ENV A=1 B=$A}: all values of one ENV are expanded with the variables as they were before the
 * instruction, so {@code B} does not see the new {@code A}. Not flagged: variables already defined before
 * the ENV ({@code ENV PATH=/opt/bin:$PATH} is fine: it means the old value, which is what the author wants),
 * escaped {@code \$A}, and the legacy one-pair form {@code ENV A value}.
 */
public final class EnvSelfReference extends NodeRule<Env> {
    @Override
    public void visit(Node<Env> node, FindingSink out) {
        Env ins = node.value();
        List<String> a = ins.args();
        var before = node.variables();
        for (int i = 0; i + 1 < a.size(); i += 3) {
            String key = a.get(i);
            if (before.isDefined(key)) continue;
            for (int j = i + 3; j + 1 < a.size(); j += 3) {
                if (!Support.mentions(a.get(j + 1), key)) continue;
                out.report(
                        ins.argWords().get(j).span(),
                        "'" + a.get(j) + "' refers to $" + key
                                + ", which this same ENV defines; it expands to the value before this line (empty)."
                                + " Split into two ENV instructions");
                return;
            }
        }
    }
}
