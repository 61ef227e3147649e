package dev.imgslim.syntax;

import java.util.List;

/**
 * CMD and ENTRYPOINT: what the container runs, as a JSON argv (the exec form) or one shell-form command
 * line. They share their whole shape; rules that treat both alike test for this type.
 */
public sealed interface ContainerCommand permits Cmd, Entrypoint {
    /** The instruction itself. */
    default Instruction instruction() {
        return (Instruction) this;
    }

    /** True for the exec form. */
    default boolean isExec() {
        return instruction().isJson();
    }

    /** The exec-form argv, or the shell-form command line as one word. */
    default List<Word> commandWords() {
        return instruction().argWords();
    }
}
