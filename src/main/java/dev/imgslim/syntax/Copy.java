package dev.imgslim.syntax;

import java.util.List;
import java.util.Optional;

/** {@code COPY [--from=x] src... dest}. */
public final class Copy extends Instruction implements FileTransfer {
    Copy(Parts p) {
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

    /** The {@code --from} value: a stage, an image or a named context. */
    public Optional<Word> from() { return flagValue("from"); }
}
