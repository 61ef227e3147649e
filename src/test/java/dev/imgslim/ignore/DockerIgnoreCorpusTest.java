package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every real-world .dockerignore in the shared corpus (read in place, not copied) loads, and the
 * common entries behave as their authors meant. Skipped where the corpus is missing (RealCorpus).
 */
@Tag("shared")
class DockerIgnoreCorpusTest {

    private static List<Path> ignoreFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dev.imgslim.testsupport.RealCorpus.real())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".dockerignore"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyCorpusIgnoreFileLoads() throws IOException {
        List<Path> files = ignoreFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            DockerIgnore ignore = DockerIgnore.load(file);
            assertThat(ignore.problems()).as(file.toString()).isEmpty();
            for (IgnorePattern p : ignore.patterns()) {
                assertThat(p.line()).as(file + ": " + p).isPositive();
                assertThat(p.text()).as(file + ": " + p).isNotBlank().doesNotStartWith("/");
            }
            // Exercise every query on every file: none may throw.
            for (String path : List.of(
                    ".git",
                    "node_modules",
                    ".venv",
                    "__pycache__",
                    "target",
                    "dist",
                    "build",
                    "src/main.go",
                    "a/b/c.pyc",
                    ".env")) {
                ignore.isExcluded(path);
                ignore.excludingPattern(path);
                ignore.coverage(path);
            }
        }
    }

    private static DockerIgnore corpusFile(String relative) throws IOException {
        Path file = dev.imgslim.testsupport.RealCorpus.real().resolve(relative);
        assertThat(file).as(relative + " in the corpus").isRegularFile();
        return DockerIgnore.load(file);
    }

    @Test
    void allowListFromKserve() throws IOException {
        DockerIgnore ignore = corpusFile("kserve__kserve/.dockerignore");
        assertThat(ignore.isExcluded("pkg/apis/serving/v1beta1/types.go")).isFalse();
        assertThat(ignore.isExcluded("go.mod")).isFalse();
        assertThat(ignore.isExcluded("LICENSE")).isFalse();
        assertThat(ignore.isExcluded("python/kserve/setup.py")).isTrue();
        assertThat(ignore.excludesEntirely(".git")).isTrue();
        assertThat(ignore.coverage("cmd")).isEqualTo(Coverage.INCLUDED);
        assertThat(ignore.excludingPattern("README.md"))
                .get()
                .extracting(IgnorePattern::text)
                .isEqualTo("*");
    }

    @Test
    void exceptionsOnlyFromLokiOperatorExcludeNothing() throws IOException {
        DockerIgnore ignore = corpusFile("grafana__loki/operator__.dockerignore");
        assertThat(ignore.patterns()).allMatch(IgnorePattern::exception);
        assertThat(ignore.isExcluded("main.go")).isFalse();
        assertThat(ignore.isExcluded("docs/README.md")).isFalse();
        assertThat(ignore.coverage(".git")).isEqualTo(Coverage.INCLUDED);
    }

    @Test
    void spaceAfterBangFromHifiGan() throws IOException {
        DockerIgnore ignore =
                corpusFile("NVIDIA__DeepLearningExamples/PyTorch__SpeechSynthesis__HiFiGAN__.dockerignore");
        assertThat(ignore.isExcluded("data/wavs/LJ001-0001.wav")).isTrue();
        assertThat(ignore.isExcluded("data/filelists/train.txt")).isFalse();
        assertThat(ignore.isExcluded("models/__pycache__/x.pyc")).isFalse(); // "__pycache__" is top-level only
        assertThat(ignore.isExcluded("train.pyc")).isTrue();
        assertThat(ignore.coverage("data")).isEqualTo(Coverage.PARTIAL);
    }
}
