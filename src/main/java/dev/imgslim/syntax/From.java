package dev.imgslim.syntax;

import java.util.Optional;

/** {@code FROM [--platform=P] image [AS name]}. */
public final class From extends Instruction {
    From(Parts p) {
        super(p);
    }

    /** The base as written ({@code python:${PY}-slim}); empty only for a FROM without arguments. */
    public Optional<Word> image() {
        return firstWord();
    }

    /** The {@code AS} keyword, when the stage is named. */
    public Optional<Word> asKeyword() {
        return argWords().size() >= 3 && args().get(1).equalsIgnoreCase("as")
                ? Optional.of(argWords().get(1))
                : Optional.empty();
    }

    /** The stage name after {@code AS}. */
    public Optional<Word> stageName() {
        return asKeyword().isPresent() ? Optional.of(argWords().get(2)) : Optional.empty();
    }

    /** The {@code --platform} value. */
    public Optional<Word> platform() {
        return flagValue("platform");
    }
}
