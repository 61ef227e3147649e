package dev.imgslim.cli;

import dev.imgslim.lint.DockerfileReader;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import java.io.InputStream;

/** Reads a Dockerfile named on the command line (or stdin for {@code -}); problems become {@code file:line:col: error: ...}. */
public final class DockerfileInput {
    private DockerfileInput() {}

    public static Dockerfile read(String name, InputStream stdin) {
        try {
            return DockerfileReader.read(name, stdin);
        } catch (DockerfileParseException e) {
            throw new UserInputException(name + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
        }
    }
}
