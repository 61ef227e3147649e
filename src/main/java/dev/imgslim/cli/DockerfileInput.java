package dev.imgslim.cli;

import dev.imgslim.lint.DockerfileReader;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.InstructionValidator;
import java.io.InputStream;

/** Reads a Dockerfile named on the command line (or stdin for {@code -}); problems become {@code file:line:col: error: ...}. */
public final class DockerfileInput {
    private DockerfileInput() {}

    public static Dockerfile read(String name, InputStream stdin) {
        try {
            return DockerfileReader.read(name, stdin);
        } catch (DockerfileParseException e) {
            throw new UserInputException(e.render(name));
        }
    }

    /**
     * Reads it and checks every instruction's arguments as BuildKit does (what {@link #read} leaves to the
     * lint, which reports them as findings): for commands that need a Dockerfile BuildKit would build.
     */
    static Dockerfile readValid(String name, InputStream stdin) {
        Dockerfile df = read(name, stdin);
        try {
            InstructionValidator.validate(df);
        } catch (DockerfileParseException e) {
            throw new UserInputException(e.render(name));
        }
        return df;
    }
}
