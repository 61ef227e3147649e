package dev.imgslim.cli;

import dev.imgslim.lint.DockerfileFinder;
import java.io.IOException;
import java.util.List;

/** The Dockerfiles {@code lint} and {@code fix} read, as named on the command line. */
final class DockerfilePaths {
    private final Opt<List<String>> paths;

    DockerfilePaths(Declare command) {
        paths = command.positionals("1..*", "PATH", "Dockerfiles or folders; - reads standard input");
    }

    List<String> paths() {
        return paths.get();
    }

    /** The files they name, folders searched for Dockerfiles; a usage error when that finds none. */
    List<String> files() throws IOException {
        return files(paths());
    }

    /** The files {@code paths} name, folders searched for Dockerfiles; a usage error when that finds none. */
    static List<String> files(List<String> paths) throws IOException {
        List<String> files = DockerfileFinder.expand(paths);
        if (files.isEmpty())
            throw new UserInputException("imgslim: no Dockerfile found under " + String.join(", ", paths));
        return files;
    }
}
