package dev.imgslim.rules;

import dev.imgslim.build.Stage;
import dev.imgslim.build.StageShell;
import dev.imgslim.build.Variables;
import dev.imgslim.syntax.Instruction;

/**
 * One instruction handed to a {@link NodeRule}, with what rules ask about where it stands.
 *
 * @param value       the instruction as the rule's visited type
 * @param instruction the same instruction
 * @param stage       its stage; null for an ARG before the first FROM
 * @param onbuild     the ONBUILD that wraps it, or null
 * @param context     the file's lint context (build model, options, shared views)
 */
public record Node<T>(T value, Instruction instruction, Stage stage, Instruction onbuild, LintContext context) {

    /** True when the instruction is an ONBUILD trigger (it runs in images built FROM this one). */
    public boolean inOnbuild() {
        return onbuild != null;
    }

    /** The instruction as it stands in its stage: the ONBUILD for a trigger, else the instruction itself. */
    public Instruction position() {
        return onbuild != null ? onbuild : instruction;
    }

    /** The RUN's shared view (commands, package operations, mounts); {@code instruction} must be a RUN. */
    public RunView run() {
        return context.run(instruction);
    }

    /** The shell that runs this instruction's shell form. */
    public StageShell shell() {
        return stage == null ? StageShell.DEFAULT : stage.shell(position());
    }

    /** ARG and ENV values in scope just before the instruction. */
    public Variables variables() {
        return stage == null ? context.model().globalScope() : stage.variablesBefore(position());
    }

    /** True when the stage's layers end up in the built image. */
    public boolean ships() {
        return stage != null && stage.ships();
    }
}
