package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Word;
import dev.imgslim.syntax.Workdir;

/**
 * BuildKit's WorkdirRelativePath (hadolint DL3000): the first WORKDIR of a stage (counting the stages
 * it is built FROM) is relative, so it lands wherever the base image's working directory is, which
 * can change with the base image.
 *
 * <p>Deliberately not flagged, as in BuildKit: relative WORKDIRs after an absolute one (they are fixed by
 * fixing the first). Not flagged here either: a path whose variables are not all known (it may expand to
 * an absolute path from an image ENV), Windows absolute paths ({@code C:\app}).
 */
public final class WorkdirRelativePath extends StageRule {
    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        if (StageFacts.inherits(s, Workdir.class)) return;
        for (Instruction ins : s.instructions()) {
            if (!(ins instanceof Workdir workdir) || workdir.path().isEmpty()) continue;
            Word path = workdir.path().get();
            Expansion e = Expansion.expand(
                    path.text(), s.variablesBefore(ins).asMap(), ctx.file().escape());
            if (e.complete() && !isAbsolute(e.value())) {
                out.report(
                        path.span(),
                        "Relative workdir " + Bk.quote(e.value())
                                + " can have unexpected results if the base image changes");
            }
            return;
        }
    }

    static boolean isAbsolute(String p) {
        return p.startsWith("/") || p.startsWith("\\") || p.matches("^[A-Za-z]:[\\\\/].*");
    }
}
