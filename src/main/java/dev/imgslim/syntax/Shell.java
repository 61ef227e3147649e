package dev.imgslim.syntax;

import java.util.List;

/** {@code SHELL ["prog", "arg"...]}: the shell for later shell-form instructions. */
public final class Shell extends Instruction {
    Shell(Parts p) {
        super(p);
    }

    /** The shell's argv (BuildKit requires the JSON form). */
    public List<Word> argv() {
        return isJson() ? argWords() : List.of();
    }
}
