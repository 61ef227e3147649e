package dev.imgslim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file reached twice, by whatever spelling or link, is linted once, under the first name. */
class DockerfileFinderTest {
    @TempDir
    Path dir;

    @Test
    void aFolderAndAFileInItGiveTheFileOnce() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("Dockerfile"), "FROM scratch\n");
        Files.writeString(real.resolve("app.Dockerfile"), "FROM scratch\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        List<String> found = DockerfileFinder.expand(List.of(
                real.toString(),
                real.resolve("Dockerfile").toString(),
                link.resolve("app.Dockerfile").toString()));
        assertThat(found)
                .containsExactly(
                        real.resolve("Dockerfile").toString(),
                        real.resolve("app.Dockerfile").toString());
    }

    @Test
    void aSymlinkedDockerfileInTheSearchedFolderIsItsTarget() throws IOException {
        Path real = Files.createDirectories(dir.resolve("d"));
        Files.writeString(real.resolve("b.Dockerfile"), "FROM scratch\n");
        Files.createSymbolicLink(real.resolve("a.Dockerfile"), real.resolve("b.Dockerfile"));
        assertThat(DockerfileFinder.expand(List.of(real.toString())))
                .containsExactly(real.resolve("a.Dockerfile").toString());
    }

    @Test
    void filesInASymlinkedFolderAreTheRealFolderFiles() throws IOException {
        Path real = Files.createDirectories(dir.resolve("r"));
        Files.writeString(real.resolve("Dockerfile"), "FROM scratch\n");
        Path viaLink = Files.createDirectories(dir.resolve("outer"));
        Files.createSymbolicLink(viaLink.resolve("in"), real);
        // the folder search starts below the link (outer/in/...): its regular files are the real folder's
        List<String> found = DockerfileFinder.expand(List.of(
                viaLink.resolve("in").resolve(".").toString(),
                real.resolve("Dockerfile").toString()));
        assertThat(found).hasSize(1);
    }
}
