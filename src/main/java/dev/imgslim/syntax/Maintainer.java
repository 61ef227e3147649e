package dev.imgslim.syntax;

import java.util.Optional;

/** {@code MAINTAINER name} (deprecated). */
public final class Maintainer extends Instruction {
    Maintainer(Parts p) {
        super(p);
    }

    public Optional<Word> name() {
        return firstWord();
    }
}
