package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.shell.ShellWordResult;
import dev.imgslim.syntax.Flag;

/**
 * BuildKit's RedundantTargetPlatform: {@code FROM --platform=$TARGETPLATFORM} says what BuildKit does
 * anyway (a stage is built for the target platform unless told otherwise).
 *
 * <p>Deliberately not flagged: {@code $BUILDPLATFORM} (that is the useful cross-compilation idiom), values
 * mixing the variable with other text or other variables, and {@code ${TARGETPLATFORM:+...}} forms whose
 * result is not the target platform.
 */
public final class RedundantTargetPlatform implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS514",
                    "redundant-target-platform",
                    Severity.INFO,
                    Category.STYLE,
                    "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior")
            .withAliases("RedundantTargetPlatform", "DL3065");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        char esc = ctx.file().escape();
        FromArgs args = new FromArgs(ctx.model(), esc);
        for (Stage s : ctx.model().stages()) {
            Flag platform = s.from().flag("platform");
            if (platform == null || platform.value() == null) continue;
            String v = platform.value();
            ShellWordResult r = Bk.process(v, args.defaults, esc);
            // Only $TARGETPLATFORM was substituted and the result is the target platform itself.
            if (r == null
                    || r.matched().size() != 1
                    || !r.matched().contains("TARGETPLATFORM")
                    || !r.unmatched().isEmpty()) continue;
            if (!r.word().equals(args.defaults.get("TARGETPLATFORM"))) continue;
            out.report(
                    META,
                    Bk.flagSpan(s.from(), platform),
                    "Setting platform to predefined " + v + " in FROM is redundant as this is the default behavior");
        }
    }
}
