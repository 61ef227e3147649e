package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Instruction;

/**
 * BuildKit's WorkdirRelativePath (hadolint DL3000): the first WORKDIR of a stage (counting the stages
 * it is built FROM) is relative, so it lands wherever the base image's working directory is, which
 * can change with the base image.
 *
 * <p>Deliberately not flagged, as in BuildKit: relative WORKDIRs after an absolute one (they are fixed by
 * fixing the first). Not flagged here either: a path whose variables are not all known (it may expand to
 * an absolute path from an image ENV), Windows absolute paths ({@code C:\app}).
 */
public final class WorkdirRelativePath implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS510",
                    "workdir-relative-path",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes")
            .withAliases("WorkdirRelativePath", "DL3000");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        char esc = ctx.file().escape();
        for (Stage s : ctx.model().stages()) {
            if (ancestorSetsWorkdir(s.parent())) continue;
            for (Instruction ins : s.instructions()) {
                if (!ins.is("WORKDIR") || ins.args().isEmpty()) continue;
                String raw = ins.args().get(0);
                Expansion e = Expansion.expand(raw, s.variablesBefore(ins).asMap(), esc);
                if (e.complete() && !isAbsolute(e.value())) {
                    out.report(
                            META,
                            ins.argWords().get(0).span(),
                            "Relative workdir " + Bk.quote(e.value())
                                    + " can have unexpected results if the base image changes");
                }
                break;
            }
        }
    }

    private static boolean ancestorSetsWorkdir(Stage parent) {
        for (Stage p = parent; p != null; p = p.parent()) {
            for (Instruction ins : p.instructions()) if (ins.is("WORKDIR")) return true;
            if (p.parent() == p) break;
        }
        return false;
    }

    static boolean isAbsolute(String p) {
        return p.startsWith("/") || p.startsWith("\\") || p.matches("^[A-Za-z]:[\\\\/].*");
    }
}
