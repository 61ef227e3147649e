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
 * {@code COPY a b /app}: with more than one source the destination must be a directory written with a
 * trailing {@code /}; the build fails otherwise. Not flagged: {@code .} and {@code ..} (and paths ending in
 * {@code /.}), which BuildKit treats as directories, destinations given by unresolved variables, and ADD
 * (same rule in BuildKit, but hadolint's check is COPY's; a future rule may cover both).
 */
public final class CopyMultipleSourcesDest implements Rule {
    public static final RuleMeta META = new RuleMeta("IS622", "copy-multiple-sources-dest", Severity.ERROR, Category.CORRECTNESS,
            "COPY with more than one source needs a destination ending in /").withAliases("DL3021");

    @Override public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("COPY")) continue;
                List<String> a = ins.args();
                if (a.size() < 3) continue;
                String raw = a.get(a.size() - 1);
                String dest = Support.expand(ctx, s, ins, raw);
                if (dest == null || dest.endsWith("/") || dest.equals(".") || dest.equals("..") || dest.endsWith("/.")
                        || dest.endsWith("\\")) continue;
                out.report(META, ins.argWords().get(a.size() - 1).span(), "COPY of " + (a.size() - 1) + " sources into '" + raw
                        + "': the destination must end with '/' ('" + raw + "/')");
            }
        }
    }
}
