package dev.imgslim.rules.buildkit;

import dev.imgslim.config.Severity;
import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Instruction;

/**
 * BuildKit's LegacyKeyValueFormat: {@code ENV key value} / {@code LABEL key value} with a space instead
 * of {@code =}. The legacy form takes the whole rest of the line as the value, so
 * {@code ENV A 1 B 2} sets one variable {@code A} to {@code "1 B 2"}.
 *
 * <p>Deliberately not flagged: {@code ARG} (it has no legacy form) and instructions inside {@code ONBUILD}.
 */
public final class LegacyKeyValueFormat implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS513",
                    "legacy-key-value-format",
                    Severity.WARNING,
                    Category.STYLE,
                    "Legacy key/value format with whitespace separator should not be used")
            .withAliases("LegacyKeyValueFormat")
            .withFix(Fix.Safety.SAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction ins : ctx.file().instructions()) {
            if (!ins.is("ENV") && !ins.is("LABEL")) continue;
            var a = ins.args();
            for (int k = 0; k + 2 < a.size(); k += 3) {
                if (!a.get(k + 2).isEmpty()) continue;
                String c = ins.command();
                var key = ins.argWords().get(k).span();
                out.report(
                        META,
                        key,
                        "\"" + c + " key=value\" should be used instead of legacy \"" + c + " key value\" format",
                        null,
                        InstructionEdits.legacyKeyValue(ctx.file(), ins, key, a.get(k + 1)));
            }
        }
    }
}
