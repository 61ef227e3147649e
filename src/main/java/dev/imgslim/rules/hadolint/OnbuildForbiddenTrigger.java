package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Onbuild;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ONBUILD FROM}, {@code ONBUILD ONBUILD} and {@code ONBUILD MAINTAINER}: triggers that are either
 * rejected when the child image builds or meaningless there. Every other trigger is fine.
 */
public final class OnbuildForbiddenTrigger extends NodeRule<Onbuild> {
    private static final Set<String> FORBIDDEN = Set.of("FROM", "ONBUILD", "MAINTAINER");

    @Override
    public void visit(Node<Onbuild> node, FindingSink out) {
        Onbuild ins = node.value();
        Instruction sub = ins.trigger().orElse(null);
        String kw = sub != null ? sub.command() : firstWord(ins.rest());
        if (!FORBIDDEN.contains(kw)) return;
        out.report(
                sub != null ? sub.keywordSpan() : ins.span(),
                "ONBUILD " + kw + " is not allowed as a trigger"
                        + (kw.equals("MAINTAINER")
                                ? " (use a LABEL in this image instead)"
                                : " (BuildKit rejects it when the child builds)"));
    }

    private static String firstWord(String rest) {
        String t = rest.trim();
        int sp = t.indexOf(' ');
        return (sp < 0 ? t : t.substring(0, sp)).toUpperCase(Locale.ROOT);
    }
}
