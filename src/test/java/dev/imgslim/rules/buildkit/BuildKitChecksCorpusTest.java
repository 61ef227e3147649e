package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lints the 280 real Dockerfiles of the shared corpus with the BuildKit checks: no rule may throw, and
 * the findings are printed per rule for review (set {@code IMGSLIM_CORPUS_PRINT=all} to see every one).
 */
class BuildKitChecksCorpusTest {

    static Path real() {
        String override = System.getenv("IMGSLIM_CORPUS");
        Path root = override != null ? Paths.get(override) : Paths.get("..", "shared", "corpus");
        return root.resolve("real");
    }

    @Test
    void realDockerfilesLintWithoutErrors() throws Exception {
        Path real = real();
        assertThat(real).isDirectory();
        List<Path> files;
        try (Stream<Path> s = Files.walk(real)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".dockerignore"))
                    .filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        Map<String, List<String>> byRule = new TreeMap<>();
        for (Rule r : BuildKitChecks.all()) byRule.put(r.meta().code() + " " + r.meta().name(), new ArrayList<>());
        int linted = 0, invalid = 0;
        for (Path f : files) {
            Dockerfile df;
            try {
                df = new DockerfileParser().parse(real.relativize(f).toString(), DockerfileParser.decode(Files.readAllBytes(f)));
            } catch (DockerfileParseException e) {
                invalid++;
                continue;
            }
            List<Finding> findings = new LintEngine(BuildKitChecks.all()).lint(df, LintOptions.defaults());
            linted++;
            for (Finding x : findings) {
                byRule.get(x.rule().code() + " " + x.rule().name())
                        .add(x.file() + ":" + x.line() + ":" + x.column() + ": " + x.message());
            }
        }
        boolean all = "all".equals(System.getenv("IMGSLIM_CORPUS_PRINT"));
        System.out.printf("buildkit checks on the real corpus: %d files linted, %d not parseable%n", linted, invalid);
        for (var e : byRule.entrySet()) {
            System.out.printf("%s: %d%n", e.getKey(), e.getValue().size());
            List<String> shown = all ? e.getValue() : e.getValue().subList(0, Math.min(8, e.getValue().size()));
            for (String line : shown) System.out.println("    " + line);
        }
        assertThat(linted).isGreaterThan(250);
    }
}
