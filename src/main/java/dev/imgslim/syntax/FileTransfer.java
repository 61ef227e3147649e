package dev.imgslim.syntax;

import java.util.List;
import java.util.Optional;

/** COPY and ADD: instructions that put files into the image. Rules that treat both alike visit this type. */
public sealed interface FileTransfer permits Copy, Add {
    /** The instruction itself. */
    default Instruction instruction() {
        return (Instruction) this;
    }

    /** The source words (all but the last argument). */
    default List<Word> sources() {
        List<Word> w = instruction().argWords();
        return w.size() < 2 ? List.of() : w.subList(0, w.size() - 1);
    }

    /** The destination (the last argument). */
    default Optional<Word> destination() {
        List<Word> w = instruction().argWords();
        return w.size() < 2 ? Optional.empty() : Optional.of(w.get(w.size() - 1));
    }

    /** The {@code --chown} value. */
    default Optional<Word> chown() {
        return instruction().flagValue("chown");
    }

    /** The {@code --chmod} value. */
    default Optional<Word> chmod() {
        return instruction().flagValue("chmod");
    }
}
