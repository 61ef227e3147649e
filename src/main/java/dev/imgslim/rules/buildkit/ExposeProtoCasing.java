package dev.imgslim.rules.buildkit;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Expose;

/**
 * BuildKit's ExposeProtoCasing: the protocol of an EXPOSE port ({@code 80/TCP}) should be lower case.
 * BuildKit lower-cases it anyway; other tools reading the Dockerfile may not.
 *
 * <p>Deliberately not flagged: ports whose variables are not known here.
 */
public final class ExposeProtoCasing implements NodeRule<Expose> {
    public static final RuleMeta META = new RuleMeta(
                    "IS518",
                    "expose-proto-casing",
                    Severity.WARNING,
                    Category.STYLE,
                    "Protocol in EXPOSE instruction should be lowercase")
            .withAliases("ExposeProtoCasing");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Class<Expose> visits() {
        return Expose.class;
    }

    @Override
    public void visit(Node<Expose> node, FindingSink out) {
        for (ExposePorts.Port p : ExposePorts.of(node)) {
            String container = ExposePorts.split(p.value())[2];
            int slash = container.indexOf('/');
            if (slash < 0) continue;
            String proto = container.substring(slash + 1);
            if (Bk.isLower(proto)) continue;
            out.report(
                    META,
                    p.word().span(),
                    "Defined protocol '" + p.value() + "' in EXPOSE instruction should be lowercase");
        }
    }
}
