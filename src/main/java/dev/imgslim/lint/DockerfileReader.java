package dev.imgslim.lint;

import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a Dockerfile named by the user ({@code -} for stdin) and parses it; every failure has a position. */
public final class DockerfileReader {
    private DockerfileReader() {}

    public static Dockerfile read(String name, InputStream stdin) throws DockerfileParseException {
        byte[] bytes;
        try {
            if (name.equals("-")) {
                bytes = stdin.readAllBytes();
            } else {
                Path p = Path.of(name);
                if (Files.isDirectory(p)) throw new DockerfileParseException(1, 1, "is a directory, not a Dockerfile");
                bytes = Files.readAllBytes(p);
            }
        } catch (NoSuchFileException e) {
            throw new DockerfileParseException(1, 1, "no such file");
        } catch (IOException e) {
            throw new DockerfileParseException(1, 1, "cannot read: " + e.getMessage());
        }
        return new DockerfileParser().parse(name, DockerfileParser.decode(bytes));
    }
}
