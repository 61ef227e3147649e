package dev.imgslim.rules.buildkit;

import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Instruction;

/**
 * BuildKit's ConsistentInstructionCasing: every instruction keyword should use the casing of the
 * majority (upper case wins a tie); a mixed-case keyword such as {@code Run} is always reported.
 *
 * <p>Deliberately not flagged, as in BuildKit: ARGs before the first FROM (they belong to no stage,
 * so they are neither counted nor judged) and the instruction inside {@code ONBUILD}.
 */
public final class ConsistentInstructionCasing extends NodeRule<Instruction> {
    /** The file's majority casing, counted once per file over the instructions from the first FROM on. */
    private record Majority(boolean lower) {
        static Majority of(LintContext ctx) {
            int lower = 0, upper = 0;
            boolean inStage = false;
            for (Instruction ins : ctx.file().instructions()) {
                inStage |= ins instanceof From;
                if (!inStage) continue;
                if (Bk.isLower(ins.keyword())) lower++;
                else if (Bk.isUpper(ins.keyword())) upper++;
            }
            return new Majority(lower > upper);
        }
    }

    @Override
    public void visit(Node<Instruction> node, FindingSink out) {
        if (node.stage() == null) return; // a global ARG: neither counted nor judged
        LintContext ctx = node.context();
        // get-or-share rather than ctx.shared with a lambda: see LintContext.sharedOrNull (start-up)
        Majority majority = ctx.sharedOrNull(Majority.class);
        if (majority == null) majority = ctx.share(Majority.class, Majority.of(ctx));
        boolean majorityLower = majority.lower();
        Instruction ins = node.value();
        String k = ins.keyword();
        String want = null;
        if (majorityLower && !Bk.isLower(k)) want = "lowercase";
        else if (!majorityLower && !Bk.isUpper(k)) want = "uppercase";
        if (want == null) return;
        out.report(
                ins.keywordSpan(),
                "Command '" + k + "' should match the case of the command majority (" + want + ")",
                null,
                InstructionEdits.recase(ctx.file(), ins.keywordSpan(), !majorityLower));
    }
}
