package dev.imgslim.rules;

import dev.imgslim.config.Config;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule over the 280 real Dockerfiles: no crash, and a count of findings per rule for review. */
class LintCorpusTest {

    @Test
    void allRulesOverTheRealCorpus() throws Exception {
        Path real = Path.of("..", "shared", "corpus", "real");
        List<Path> files;
        try (Stream<Path> s = Files.walk(real)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".dockerignore") && !p.toString().endsWith(".md") && !p.toString().endsWith(".tsv"))
                    .sorted().toList();
        }
        LintEngine engine = LintEngine.builtin();
        Map<String, Integer> perRule = new TreeMap<>();
        int total = 0;
        long start = System.nanoTime();
        for (Path f : files) {
            Dockerfile df = new DockerfileParser().parse(f.toString(), DockerfileParser.decode(Files.readAllBytes(f)));
            List<Finding> findings = engine.lint(df, new LintOptions(Config.defaults().withShellcheck(false), Map.of(), null, null, f));
            for (Finding x : findings) perRule.merge(x.rule().code() + " " + x.rule().name(), 1, Integer::sum);
            total += findings.size();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("lint corpus: %d files, %d findings, %d rules fired, %d ms%n", files.size(), total, perRule.size(), ms);
        perRule.forEach((rule, n) -> System.out.printf("  %5d  %s%n", n, rule));
        assertThat(files).hasSizeGreaterThanOrEqualTo(280);
    }
}
