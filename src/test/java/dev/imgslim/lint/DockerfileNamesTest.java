package dev.imgslim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.testsupport.RealCorpus;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Folder search recognises every Dockerfile name real repositories use, and no template or ignore file. */
class DockerfileNamesTest {

    @Test
    void namesRepositoriesUse() {
        for (String n : List.of(
                "Dockerfile",
                "dockerfile",
                "Dockerfile.cuda",
                "Dockerfile-intel",
                "Dockerfile_gaudi",
                "Dockerfile-Triton",
                "app.Dockerfile",
                "app.dockerfile",
                "Containerfile",
                "Containerfile.fedora",
                "Containerfile-minimal",
                "base.Containerfile")) {
            assertThat(DockerfileFinder.isDockerfileName(n)).as(n).isTrue();
        }
        for (String n : List.of(
                "Dockerfile.dockerignore",
                ".dockerignore",
                "Dockerfile.j2",
                "Dockerfile.template",
                "Dockerfile.in",
                "Dockerfiles",
                "Dockerfile.md",
                "README.md",
                "dockerfile-lint.yml.txt",
                "mydockerfile")) {
            assertThat(DockerfileFinder.isDockerfileName(n)).as(n).isFalse();
        }
    }

    @Tag("shared")
    @Test
    void everyDockerfileOfTheRealCorpusIsFound() throws Exception {
        List<String> missed = new ArrayList<>();
        int files = 0;
        for (String line : Files.readAllLines(RealCorpus.real().resolve("MANIFEST.tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols[0].equals("local_file") || cols[2].endsWith(".dockerignore")) continue;
            files++;
            String name = cols[2].substring(cols[2].lastIndexOf('/') + 1);
            if (!DockerfileFinder.isDockerfileName(name)) missed.add(cols[2]);
        }
        assertThat(files).isGreaterThanOrEqualTo(280);
        assertThat(missed).as("corpus Dockerfiles a folder search would miss").isEmpty();
    }
}
