package dev.imgslim.syntax;

/** {@code CMD}: the container's default command, or ENTRYPOINT's default arguments. */
public final class Cmd extends Instruction implements ContainerCommand {
    Cmd(Parts p) {
        super(p);
    }
}
