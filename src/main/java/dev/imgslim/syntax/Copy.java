package dev.imgslim.syntax;

import java.util.Optional;

/** {@code COPY [--from=x] src... dest}. */
public final class Copy extends Instruction implements FileTransfer {
    Copy(Parts p) {
        super(p);
    }

    /** The {@code --from} value: a stage, an image or a named context. */
    public Optional<Word> from() {
        return flagValue("from");
    }
}
