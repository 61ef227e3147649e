package dev.imgslim.syntax;

import java.util.List;
import java.util.Optional;

/** {@code ADD src... dest}: like COPY, but sources may be URLs or git repositories and local archives are unpacked. */
public final class Add extends Instruction implements FileTransfer {
    Add(Parts p) {
        super(p);
    }

    /** The source words (all but the last argument). */
    public List<Word> sources() {
        return argWords().size() < 2 ? List.of() : argWords().subList(0, argWords().size() - 1);
    }

    /** The destination (the last argument). */
    @Override
    public Optional<Word> destination() {
        return argWords().size() < 2 ? Optional.empty() : Optional.of(argWords().get(argWords().size() - 1));
    }

    /** The {@code --chown} value. */
    public Optional<Word> chown() { return flagValue("chown"); }

    /** The {@code --chmod} value. */
    public Optional<Word> chmod() { return flagValue("chmod"); }

    /** The {@code --checksum} value. */
    public Optional<Word> checksum() { return flagValue("checksum"); }
}
