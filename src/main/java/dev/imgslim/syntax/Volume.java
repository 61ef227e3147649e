package dev.imgslim.syntax;

import java.util.List;

/** {@code VOLUME path...}. */
public final class Volume extends Instruction {
    Volume(Parts p) {
        super(p);
    }

    public List<Word> paths() {
        return argWords();
    }
}
