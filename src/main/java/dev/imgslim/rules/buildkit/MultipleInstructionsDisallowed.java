package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Cmd;
import dev.imgslim.syntax.Entrypoint;
import dev.imgslim.syntax.Healthcheck;
import dev.imgslim.syntax.Instruction;
import java.util.HashMap;
import java.util.Map;

/**
 * BuildKit's MultipleInstructionsDisallowed (hadolint DL4003 for CMD, DL4004 for ENTRYPOINT): a stage
 * with more than one {@code CMD}, {@code ENTRYPOINT} or {@code HEALTHCHECK}; only the last one counts,
 * so each earlier one is reported (where BuildKit reports it).
 *
 * <p>Deliberately not flagged: one of each per stage even when a parent stage had its own (overriding
 * the parent's is what a child stage is for), and instructions inside {@code ONBUILD}.
 */
public final class MultipleInstructionsDisallowed extends StageRule {
    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        Map<String, Instruction> last = new HashMap<>();
        for (Instruction ins : s.instructions()) {
            if (!(ins instanceof Cmd || ins instanceof Entrypoint || ins instanceof Healthcheck)) continue;
            String c = ins.command();
            Instruction prev = last.put(c, ins);
            if (prev != null) {
                out.report(
                        prev.keywordSpan(),
                        "Multiple " + c
                                + " instructions should not be used in the same stage because only the last one will be used");
            }
        }
    }
}
