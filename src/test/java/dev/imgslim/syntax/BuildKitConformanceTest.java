package dev.imgslim.syntax;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BuildKit's own parser test files: positive cases dump byte for byte, negative cases fail to parse. */
@Tag("shared")
class BuildKitConformanceTest {

    @TestFactory
    Stream<DynamicTest> buildkitParserTestfiles() throws Exception {
        Path dir = Corpus.root().resolve("buildkit-parser");
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : Files.readAllLines(dir.resolve("INDEX.tsv"))) {
            String[] cols = row.split("\t");
            if (cols.length < 2 || cols[0].equals("name")) continue;
            String name = cols[0], kind = cols[1];
            Path df = dir.resolve(name).resolve("Dockerfile");
            if (kind.equals("positive")) {
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String expected = Files.readString(dir.resolve(name).resolve("result"), StandardCharsets.UTF_8);
                    assertThat(BuildKitDump.dump(Corpus.parse(df))).isEqualTo(expected);
                }));
            } else if (kind.equals("negative")) {
                tests.add(DynamicTest.dynamicTest(name, () ->
                        assertThatThrownBy(() -> Corpus.parse(df)).isInstanceOf(DockerfileParseException.class)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(15);
        return tests.stream();
    }

    @Test
    void realWorldDockerfilesDumpExactlyAsBuildKit() throws Exception {
        Path real = Corpus.root().resolve("real");
        Path results = Corpus.root().resolve("real-results");
        List<Path> files;
        try (Stream<Path> s = Files.walk(real)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".dockerignore"))
                    .filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        int identical = 0, instructions = 0, stages = 0, heredocs = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path f : files) {
            Path expectedFile = results.resolve(real.relativize(f).toString() + ".result");
            Dockerfile df = Corpus.parse(f);
            String dump = BuildKitDump.dump(df);
            if (dump.equals(Files.readString(expectedFile, StandardCharsets.UTF_8))) identical++;
            else mismatches.add(real.relativize(f).toString());
            instructions += df.instructions().size();
            stages += (int) df.instructions().stream().filter(i -> i.is("FROM")).count();
            heredocs += df.instructions().stream().mapToInt(i -> i.heredocs().size()).sum();
        }
        System.out.printf("real corpus: %d files, %d identical dumps, %d instructions, %d stages, %d heredocs%n",
                files.size(), identical, instructions, stages, heredocs);
        assertThat(mismatches).as("files whose dump differs from BuildKit's").isEmpty();
        assertThat(files).hasSizeGreaterThanOrEqualTo(280);
    }
}
