package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Instruction;

/**
 * {@code COPY app.py app/} before any {@code WORKDIR}: the destination is relative to whatever working
 * directory the base image left, which the Dockerfile does not show. A WORKDIR in the stage, or in a stage
 * it is built FROM, counts. Not flagged: absolute destinations, destinations starting with a variable
 * ({@code $APP_HOME}), Windows paths, and stages on {@code scratch} (whose working directory is {@code /}).
 * Known limit: a base image that sets WORKDIR (golang, many app images) still gets the finding; we cannot see it.
 */
public final class RelativeCopyWithoutWorkdir implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS628",
                    "relative-copy-without-workdir",
                    Severity.WARNING,
                    Category.STYLE,
                    "COPY to a relative destination without WORKDIR set")
            .withAliases("DL3045");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            if (inherited(s.parent()) || rootIsScratch(s)) continue;
            for (Instruction ins : s.instructions()) {
                if (ins.is("WORKDIR")) break;
                if (!ins.is("COPY") || ins.args().size() < 2) continue;
                // A quoted destination ("/opt/x/") is as absolute as an unquoted one.
                String dest = ins.args().get(ins.args().size() - 1).replaceFirst("^[\"']", "");
                if (dest.startsWith("/")
                        || dest.startsWith("$")
                        || dest.startsWith("\\")
                        || dest.matches("(?i)[a-z]:.*")) continue;
                out.report(
                        META,
                        ins.argWords().get(ins.args().size() - 1).span(),
                        "COPY to relative '" + dest + "' with no WORKDIR"
                                + " set in this stage: it lands wherever the base image's working directory is; set WORKDIR first"
                                + " or use an absolute path");
            }
        }
    }

    private static boolean inherited(Stage parent) {
        for (Stage p = parent; p != null; p = p.parent()) {
            if (p.instructions().stream().anyMatch(i -> i.is("WORKDIR"))) return true;
        }
        return false;
    }

    private static boolean rootIsScratch(Stage s) {
        Stage r = s;
        while (r.parent() != null) r = r.parent();
        return r.isScratch();
    }
}
