package dev.imgslim.rules.hadolint;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.FromRef;
import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;

/**
 * {@code COPY --from=build / /} into a stage that already has a base: every file of {@code build}, its
 * base OS included, becomes one more layer on top of this stage's base, so every file the two bases share
 * is stored twice. Not flagged: copies into a sub-folder ({@code COPY --from=x / /opt/x}, often a named build context), the same copy into {@code FROM scratch} (a deliberate flattening, nothing
 * is duplicated), images (their base is not visible here; an image copied whole into {@code /} is a
 * {@code FROM scratch} bundle of tools), stages that do not ship, and copies of a sub-folder.
 */
public final class CopyWholeFilesystem implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS632",
                    "copy-whole-filesystem",
                    Severity.WARNING,
                    Category.SIZE,
                    "COPY --from of a whole filesystem duplicates its base in a new layer")
            .withAliases("DL3067");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            if (!s.ships() || rootIsScratch(s)) continue;
            for (Instruction ins : s.instructions()) {
                if (!ins.is("COPY")) continue;
                Flag from = ins.flag("from");
                if (from == null || !BuildModel.copiesWholeRoot(ins)) continue;
                String dest = ins.args().get(ins.args().size() - 1);
                if (!dest.equals("/") && !dest.equals("/.")) continue;
                FromRef ref = ctx.model().resolveFrom(from.value(), s);
                // Only a stage's base is visible here; an image copied whole into / is a FROM scratch bundle.
                if (ref.kind() != FromRef.Kind.STAGE || rootIsScratch(ref.stage())) continue;
                out.report(
                        META,
                        from.span(),
                        "copies the whole filesystem of stage '" + ref.stage().label()
                                + "', its base image included, into one"
                                + " new layer on top of this stage's base; files both bases share are stored twice. Copy only the"
                                + " folders you need (or copy into FROM scratch)");
            }
        }
    }

    private static boolean rootIsScratch(Stage s) {
        Stage r = s;
        while (r.parent() != null) r = r.parent();
        return r.isScratch();
    }
}
