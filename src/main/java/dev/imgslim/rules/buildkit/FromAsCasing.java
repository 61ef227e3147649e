package dev.imgslim.rules.buildkit;

import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Word;

/**
 * BuildKit's FromAsCasing: {@code FROM x as y} or {@code from x AS y}: the {@code AS} keyword should
 * follow the case of {@code FROM}.
 *
 * <p>Deliberately not flagged: a mixed-case {@code From} (consistent-instruction-casing reports that, and
 * BuildKit then does not judge {@code AS}).
 */
public final class FromAsCasing extends NodeRule<From> {
    @Override
    public void visit(Node<From> node, FindingSink out) {
        From from = node.value();
        Word as = from.asKeyword().orElse(null);
        if (as == null) return;
        String kw = from.keyword();
        boolean ok;
        if (Bk.isLower(kw)) ok = Bk.isLower(as.text());
        else if (Bk.isUpper(kw)) ok = Bk.isUpper(as.text());
        else ok = true;
        if (ok) return;
        out.report(
                as.span(),
                "'" + as.text() + "' and '" + kw + "' keywords' casing do not match",
                null,
                InstructionEdits.recase(node.context().file(), as.span(), Bk.isUpper(kw)));
    }
}
