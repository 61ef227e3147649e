package dev.imgslim.syntax;

/** A keyword BuildKit does not know; the parser keeps it and validation reports it. */
public final class UnknownInstruction extends Instruction {
    UnknownInstruction(Parts p) {
        super(p);
    }
}
