package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Instruction;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ONBUILD FROM}, {@code ONBUILD ONBUILD} and {@code ONBUILD MAINTAINER}: triggers that are either
 * rejected when the child image builds or meaningless there. Every other trigger is fine.
 */
public final class OnbuildForbiddenTrigger implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS626",
                    "onbuild-forbidden-trigger",
                    Severity.ERROR,
                    Category.CORRECTNESS,
                    "ONBUILD must not trigger FROM, ONBUILD or MAINTAINER")
            .withAliases("DL3043");
    private static final Set<String> FORBIDDEN = Set.of("FROM", "ONBUILD", "MAINTAINER");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction ins : ctx.file().instructions()) {
            if (!ins.is("ONBUILD")) continue;
            Instruction sub = ins.subInstruction();
            String kw = sub != null ? sub.command() : firstWord(ins.rest());
            if (!FORBIDDEN.contains(kw)) continue;
            var span = sub != null ? sub.keywordSpan() : ins.span();
            out.report(
                    META,
                    span,
                    "ONBUILD " + kw + " is not allowed as a trigger"
                            + (kw.equals("MAINTAINER")
                                    ? " (use a LABEL in this image instead)"
                                    : " (BuildKit rejects it when the child builds)"));
        }
    }

    private static String firstWord(String rest) {
        String t = rest.trim();
        int sp = t.indexOf(' ');
        return (sp < 0 ? t : t.substring(0, sp)).toUpperCase(Locale.ROOT);
    }
}
