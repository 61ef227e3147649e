package dev.imgslim.rules.base;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.syntax.Dockerfile;
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
 * Lints the 280 real Dockerfiles of the shared corpus with the base-image rules: no exception, and
 * the findings per rule printed for review (false positives found there became quiet cases).
 */
class BaseImageRulesCorpusTest {

    static Path root() {
        String override = System.getenv("IMGSLIM_CORPUS");
        Path p = override != null ? Paths.get(override) : Paths.get("..", "shared", "corpus");
        return p.resolve("real");
    }

    @Test
    void lintsTheRealCorpusWithoutExceptions() throws Exception {
        Path real = root();
        assertThat(real).as("corpus").isDirectory();
        List<Path> files;
        try (Stream<Path> s = Files.walk(real)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        List<Rule> rules = BaseImageRules.all();
        Map<String, List<String>> byRule = new TreeMap<>();
        int parsed = 0;
        for (Path f : files) {
            Dockerfile df;
            try {
                df = new DockerfileParser().parse(f.toString(), DockerfileParser.decode(Files.readAllBytes(f)));
            } catch (Exception parseError) {
                continue; // the parser's own corpus test covers these
            }
            parsed++;
            List<Finding> findings = new LintEngine(rules).lint(df, LintOptions.defaults());
            for (Finding x : findings) {
                byRule.computeIfAbsent(x.rule().code() + " " + x.rule().name(), k -> new ArrayList<>())
                        .add(real.relativize(f) + ":" + x.line() + ":" + x.column() + " " + x.message());
            }
        }
        assertThat(parsed).isGreaterThan(200);
        StringBuilder out = new StringBuilder("base-image rules over " + parsed + " real Dockerfiles\n");
        for (var e : byRule.entrySet()) {
            out.append(e.getKey()).append(": ").append(e.getValue().size()).append('\n');
            for (String line : e.getValue()) out.append("  ").append(line).append('\n');
        }
        System.out.println(out);
    }
}
