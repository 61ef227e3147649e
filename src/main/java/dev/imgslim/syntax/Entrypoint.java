package dev.imgslim.syntax;

/** {@code ENTRYPOINT}: the program the container runs; CMD gives its default arguments. */
public final class Entrypoint extends Instruction implements ContainerCommand {
    Entrypoint(Parts p) {
        super(p);
    }
}
