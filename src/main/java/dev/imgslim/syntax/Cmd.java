package dev.imgslim.syntax;

import java.util.List;

/** {@code CMD}: the default command. */
public final class Cmd extends Instruction {
    Cmd(Parts p) {
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
