package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;

/**
 * BuildKit's FromAsCasing: {@code FROM x as y} or {@code from x AS y}: the {@code AS} keyword should
 * follow the case of {@code FROM}.
 *
 * <p>Deliberately not flagged: a mixed-case {@code From} (consistent-instruction-casing reports that, and
 * BuildKit then does not judge {@code AS}).
 */
public final class FromAsCasing implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS502",
                    "from-as-casing",
                    Severity.STYLE,
                    Category.STYLE,
                    "The 'as' keyword should match the case of the 'from' keyword")
            .withAliases("FromAsCasing")
            .withFix(Fix.Safety.SAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            var from = s.from();
            var a = from.args();
            if (a.size() < 3) continue;
            String kw = from.keyword();
            String as = a.get(1);
            boolean ok;
            if (Bk.isLower(kw)) ok = Bk.isLower(as);
            else if (Bk.isUpper(kw)) ok = Bk.isUpper(as);
            else ok = true;
            if (ok) continue;
            var asWord = s.fromInstruction().asKeyword();
            if (asWord.isEmpty()) continue;
            var span = asWord.get().span();
            out.report(
                    META,
                    span,
                    "'" + as + "' and '" + kw + "' keywords' casing do not match",
                    null,
                    InstructionEdits.recase(ctx.file(), span, Bk.isUpper(kw)));
        }
    }
}
