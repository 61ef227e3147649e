package dev.imgslim.syntax;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared, read-only test corpus (see RealCorpus: skipped where it is missing, unless required). */
final class Corpus {
    private Corpus() {}

    static Path root() {
        return dev.imgslim.testsupport.RealCorpus.root();
    }

    static Dockerfile parse(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new DockerfileParser().parse(file.toString(), DockerfileParser.decode(bytes));
    }
}
