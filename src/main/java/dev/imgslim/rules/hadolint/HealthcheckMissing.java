package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Instruction;

/**
 * The image that is built has no {@code HEALTHCHECK}: the final stage and the stages it is built FROM
 * define none. Off by default: many images rightly have none (orchestrators such as Kubernetes ignore
 * HEALTHCHECK and probe on their own; CLI and batch images have nothing to check), and the base image
 * may define one, which a Dockerfile does not show.
 *
 * <p>Deliberately not flagged: {@code HEALTHCHECK NONE} (a decision, written down); {@code FROM scratch}
 * images with no shell and no ENTRYPOINT/CMD (nothing runs, nothing to check).
 */
public final class HealthcheckMissing extends FileRule {
    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.model().finalStage();
        if (last == null) return;
        boolean runs = false;
        for (Stage s = last; s != null; s = s.parent()) {
            for (Instruction ins : s.instructions()) {
                if (ins.is("HEALTHCHECK")) return;
                if (ins.is("CMD") || ins.is("ENTRYPOINT")) runs = true;
            }
            if (s.parent() == null && !s.isScratch()) runs = true;
        }
        if (!runs) return;
        out.report(
                last.from().keywordSpan(),
                "the final image defines no HEALTHCHECK (here or in the stages it is built FROM); add one (or"
                        + " HEALTHCHECK NONE to say it needs none) so Docker can tell a hung container from a healthy one");
    }
}
