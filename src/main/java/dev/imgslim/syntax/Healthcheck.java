package dev.imgslim.syntax;

import java.util.List;
import java.util.Optional;

/** {@code HEALTHCHECK NONE} or {@code HEALTHCHECK [options] CMD command}. */
public final class Healthcheck extends Instruction {
    Healthcheck(Parts p) {
        super(p);
    }

    /** {@code NONE} or {@code CMD}, as written. */
    public Optional<Word> kind() {
        return firstWord();
    }

    public boolean isNone() {
        return !args().isEmpty() && args().get(0).equalsIgnoreCase("none");
    }

    /** The check command: an exec-form argv or one shell-form word. */
    public List<Word> commandWords() {
        return argWords().size() < 2
                ? List.of()
                : argWords().subList(1, argWords().size());
    }
}
