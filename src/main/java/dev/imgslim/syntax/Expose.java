package dev.imgslim.syntax;

import java.util.List;

/** {@code EXPOSE port[/proto] ...}. */
public final class Expose extends Instruction {
    Expose(Parts p) {
        super(p);
    }

    public List<Word> ports() {
        return argWords();
    }
}
