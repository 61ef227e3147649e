package dev.imgslim.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgslim.testsupport.CorpusSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
                tests.add(DynamicTest.dynamicTest(name, () -> assertThatThrownBy(() -> Corpus.parse(df))
                        .isInstanceOf(DockerfileParseException.class)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(15);
        return tests.stream();
    }

    /**
     * Each real Dockerfile dumps as BuildKit dumps it: compared byte for byte with real-results/ where the
     * corpus has it (this project's machines), else with the sha256 of BuildKit's dump recorded in the
     * project's corpus source list (a corpus made by scripts/fetch-corpus has no real-results/).
     */
    @Test
    void realWorldDockerfilesDumpExactlyAsBuildKit() throws Exception {
        Path real = Corpus.root().resolve("real");
        Path results = Corpus.root().resolve("real-results");
        boolean haveResults = Files.isDirectory(results);
        Map<String, String> dumpSha256 = new HashMap<>();
        for (CorpusSources.Row r : CorpusSources.read(Path.of("."))) {
            if (r.set().equals("real") && !r.dumpSha256().equals("-")) dumpSha256.put(r.localFile(), r.dumpSha256());
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(real)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".dockerignore"))
                    .filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
        int identical = 0, instructions = 0, stages = 0, heredocs = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path f : files) {
            String name = real.relativize(f).toString();
            Dockerfile df = Corpus.parse(f);
            String dump = BuildKitDump.dump(df);
            boolean same = haveResults
                    ? dump.equals(Files.readString(results.resolve(name + ".result"), StandardCharsets.UTF_8))
                    : sha256(dump).equals(dumpSha256.get(name));
            if (same) identical++;
            else mismatches.add(name);
            instructions += df.instructions().size();
            stages += (int) df.instructions().stream().filter(i -> i.is("FROM")).count();
            heredocs += df.instructions().stream()
                    .mapToInt(i -> i.heredocs().size())
                    .sum();
        }
        System.out.printf(
                "real corpus: %d files, %d identical dumps (compared with %s), %d instructions, %d stages, %d heredocs%n",
                files.size(),
                identical,
                haveResults
                        ? "BuildKit's dumps in real-results/"
                        : "the sha256 of BuildKit's dumps in " + CorpusSources.FILE,
                instructions,
                stages,
                heredocs);
        assertThat(mismatches).as("files whose dump differs from BuildKit's").isEmpty();
        assertThat(files).hasSizeGreaterThanOrEqualTo(280);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
