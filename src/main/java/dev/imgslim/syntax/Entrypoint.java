package dev.imgslim.syntax;

import java.util.List;

/** {@code ENTRYPOINT}. */
public final class Entrypoint extends Instruction {
    Entrypoint(Parts p) {
        super(p);
    }

    /** True for the exec form. */
    public boolean isExec() {
        return isJson();
    }

    /** The exec-form argv, or the shell-form command line as one word. */
    public List<Word> commandWords() {
        return argWords();
    }
}
