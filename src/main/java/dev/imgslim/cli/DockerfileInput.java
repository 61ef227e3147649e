package dev.imgslim.cli;

import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Reads a Dockerfile named on the command line (or stdin for {@code -}) and parses it. */
public final class DockerfileInput {
    private DockerfileInput() {}

    /** Reads and parses; any problem becomes a {@code file:line:col: error: ...} message. */
    public static Dockerfile read(String name, InputStream stdin) {
        byte[] bytes = readBytes(name, stdin);
        try {
            return new DockerfileParser().parse(name, DockerfileParser.decode(bytes));
        } catch (DockerfileParseException e) {
            throw new UserInputException(name + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
        }
    }

    static byte[] readBytes(String name, InputStream stdin) {
        try {
            if (name.equals("-")) return stdin.readAllBytes();
            Path p = Paths.get(name);
            if (Files.isDirectory(p)) throw new UserInputException(name + ":1:1: error: is a directory, not a Dockerfile");
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new UserInputException(name + ":1:1: error: no such file");
        } catch (IOException e) {
            throw new UserInputException(name + ":1:1: error: cannot read: " + e.getMessage());
        }
    }
}
