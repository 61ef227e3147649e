package dev.imgslim.syntax;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the shared, read-only test corpus lives (beside this checkout, also in CI). */
final class Corpus {
    private Corpus() {}

    static Path root() {
        String override = System.getenv("IMGSLIM_CORPUS");
        Path p = override != null ? Paths.get(override) : Paths.get("..", "shared", "corpus");
        if (!Files.isDirectory(p)) throw new IllegalStateException("test corpus not found at " + p.toAbsolutePath());
        return p;
    }

    static Dockerfile parse(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new DockerfileParser().parse(file.toString(), DockerfileParser.decode(bytes));
    }
}
