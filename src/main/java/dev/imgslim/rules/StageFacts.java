package dev.imgslim.rules;

import dev.imgslim.build.Stage;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Run;
import java.util.ArrayList;
import java.util.List;

/** What rules of several families ask about a stage's place in its {@code FROM <stage>} chain. */
public final class StageFacts {
    private StageFacts() {}

    /**
     * The stages {@code stage} is built FROM, nearest first (not the stage itself). A parent is always an
     * earlier stage, so the chain ends. Costs the chain's length: rules call it only when they need the stages.
     */
    public static List<Stage> ancestors(Stage stage) {
        List<Stage> out = new ArrayList<>();
        for (Stage p = stage.parent(); p != null; p = p.parent()) out.add(p);
        return out;
    }

    /**
     * True when a stage that {@code stage} is built FROM has an instruction of {@code type} (a SHELL, a
     * WORKDIR): read from the types the stage inherits, without walking the chain.
     */
    public static boolean inherits(Stage stage, Class<? extends Instruction> type) {
        for (Class<? extends Instruction> c : stage.inheritedInstructionTypes())
            if (type.isAssignableFrom(c)) return true;
        return false;
    }

    /** The stage's own instructions of {@code type}, in order (not the triggers ONBUILD wraps). */
    public static <T extends Instruction> List<T> instructions(Stage stage, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Instruction ins : stage.instructions()) if (type.isInstance(ins)) out.add(type.cast(ins));
        return out;
    }

    /** The stage's RUNs whose script runs in a POSIX-like shell (not exec form, not a python heredoc), in order. */
    public static List<RunView> shellRuns(LintContext ctx, Stage stage) {
        List<RunView> out = new ArrayList<>();
        for (Run r : instructions(stage, Run.class)) {
            RunView run = ctx.run(r);
            if (run.isShell()) out.add(run);
        }
        return out;
    }

    /** True when the stage's chain starts {@code FROM scratch}: its files are only the ones the Dockerfile puts there. */
    public static boolean onScratch(Stage stage) {
        return stage.root().isScratch();
    }
}
