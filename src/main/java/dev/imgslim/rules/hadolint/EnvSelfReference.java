package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.syntax.Instruction;

import java.util.List;

/**
 * {@code ENV A=1 B=$A}: all values of one ENV are expanded with the variables as they were before the
 * instruction, so {@code B} does not see the new {@code A}. Not flagged: variables already defined before
 * the ENV ({@code ENV PATH=/opt/bin:$PATH} is fine: it means the old value, which is what the author wants),
 * escaped {@code \$A}, and the legacy one-pair form {@code ENV A value}.
 */
public final class EnvSelfReference implements Rule {
    public static final RuleMeta META = new RuleMeta("IS627", "env-self-reference", Severity.ERROR, Category.CORRECTNESS,
            "Do not refer to a variable in the ENV that defines it").withAliases("DL3044");

    @Override public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("ENV")) continue;
                List<String> a = ins.args();
                var before = s.variablesBefore(ins);
                boolean reported = false;
                for (int i = 0; i + 1 < a.size() && !reported; i += 3) {
                    String key = a.get(i);
                    if (before.isDefined(key)) continue;
                    for (int j = i + 3; j + 1 < a.size(); j += 3) {
                        if (!Support.mentions(a.get(j + 1), key)) continue;
                        out.report(META, ins.argWords().get(j).span(), "'" + a.get(j) + "' refers to $" + key
                                + ", which this same ENV defines; it expands to the value before this line (empty)."
                                + " Split into two ENV instructions");
                        reported = true;
                        break;
                    }
                }
            }
        }
    }
}
