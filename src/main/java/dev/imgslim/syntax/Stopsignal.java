package dev.imgslim.syntax;

import java.util.Optional;

/** {@code STOPSIGNAL signal}. */
public final class Stopsignal extends Instruction {
    Stopsignal(Parts p) {
        super(p);
    }

    public Optional<Word> signal() {
        return firstWord();
    }
}
