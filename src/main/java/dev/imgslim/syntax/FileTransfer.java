package dev.imgslim.syntax;

import java.util.List;
import java.util.Optional;

/** COPY and ADD: instructions that put files into the image. Rules that treat both alike visit this type. */
public sealed interface FileTransfer permits Copy, Add {
    List<Word> sources();

    Optional<Word> destination();

    Optional<Word> chown();

    Optional<Word> chmod();

    List<Flag> flags();

    Flag flag(String name);

    List<Heredoc> heredocs();

    /** The instruction itself. */
    default Instruction instruction() { return (Instruction) this; }
}
