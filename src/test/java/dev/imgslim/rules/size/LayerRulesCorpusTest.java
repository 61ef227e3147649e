package dev.imgslim.rules.size;

import dev.imgslim.config.Config;
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
 * Lints every real Dockerfile of the shared corpus with the layer rules: no exception, and the findings
 * per rule printed for review (set IMGSLIM_CORPUS_VERBOSE=1 to print every finding with its source line).
 */
class LayerRulesCorpusTest {

    static Path root() {
        String override = System.getenv("IMGSLIM_CORPUS");
        Path p = override != null ? Paths.get(override) : Paths.get("..", "shared", "corpus");
        return p.resolve("real");
    }

    @Test
    void lintsTheRealCorpusWithoutErrors() throws Exception {
        Path real = root();
        assertThat(real).as("corpus at %s", real.toAbsolutePath()).isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(real)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        List<Rule> rules = LayerRules.all();
        LintEngine engine = new LintEngine(rules);
        Map<String, List<String>> byRule = new TreeMap<>();
        for (Rule r : rules) byRule.put(r.meta().code() + " " + r.meta().name(), new ArrayList<>());
        boolean verbose = System.getenv("IMGSLIM_CORPUS_VERBOSE") != null;
        int parsed = 0;
        for (Path f : files) {
            Dockerfile file;
            try {
                file = new DockerfileParser().parse(f.toString(), DockerfileParser.decode(Files.readAllBytes(f)));
            } catch (Exception e) {
                continue; // parse errors are the parser's tests' business
            }
            parsed++;
            // No build context: the corpus holds Dockerfiles only.
            LintOptions options = new LintOptions(Config.defaults(), Map.of(), null, null, f);
            List<Finding> findings = engine.lint(file, options);
            List<String> lines = file.source().text().lines().toList();
            for (Finding x : findings) {
                String src = x.line() - 1 < lines.size() ? lines.get(x.line() - 1).trim() : "";
                byRule.get(x.rule().code() + " " + x.rule().name()).add(real.relativize(f) + ":" + x.line() + ":" + x.column()
                        + ": " + x.message() + (verbose ? "\n      | " + src : ""));
            }
        }
        System.out.println("layer rules over " + parsed + " corpus files:");
        for (var e : byRule.entrySet()) {
            System.out.println("  " + e.getKey() + ": " + e.getValue().size());
            if (verbose) for (String s : e.getValue()) System.out.println("    " + s);
        }
        assertThat(parsed).isGreaterThan(0);
    }
}
