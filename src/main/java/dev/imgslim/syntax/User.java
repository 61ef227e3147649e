package dev.imgslim.syntax;

import java.util.Optional;

/** {@code USER user[:group]}. */
public final class User extends Instruction {
    User(Parts p) {
        super(p);
    }

    public Optional<Word> user() {
        return firstWord();
    }
}
