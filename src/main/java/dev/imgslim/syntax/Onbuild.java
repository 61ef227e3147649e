package dev.imgslim.syntax;

import java.util.Optional;

/** {@code ONBUILD instruction}: a trigger run by builds FROM this image. */
public final class Onbuild extends Instruction {
    Onbuild(Parts p) {
        super(p);
    }

    /** The wrapped instruction. */
    public Optional<Instruction> trigger() {
        return Optional.ofNullable(subInstruction());
    }
}
