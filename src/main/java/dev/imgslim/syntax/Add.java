package dev.imgslim.syntax;

import java.util.Optional;

/** {@code ADD src... dest}: like COPY, but sources may be URLs or git repositories and local archives are unpacked. */
public final class Add extends Instruction implements FileTransfer {
    Add(Parts p) {
        super(p);
    }

    /** The {@code --checksum} value. */
    public Optional<Word> checksum() {
        return flagValue("checksum");
    }
}
