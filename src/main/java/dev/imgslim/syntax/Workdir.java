package dev.imgslim.syntax;

import java.util.Optional;

/** {@code WORKDIR path}. */
public final class Workdir extends Instruction {
    Workdir(Parts p) {
        super(p);
    }

    public Optional<Word> path() {
        return firstWord();
    }
}
