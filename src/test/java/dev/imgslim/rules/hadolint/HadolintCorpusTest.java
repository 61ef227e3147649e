package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
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
 * Lints the real-world corpus with this family's rules: no rule may throw, and the findings are printed
 * per rule (set IMGSLIM_CORPUS_SHOW=rule-name to print every finding of one rule) for false-positive review.
 */
class HadolintCorpusTest {

    static Path root() {
        String override = System.getenv("IMGSLIM_CORPUS");
        Path p = override != null ? Paths.get(override) : Paths.get("..", "shared", "corpus");
        return p.resolve("real");
    }

    @Test
    void lintsTheCorpusWithoutErrors() throws Exception {
        Path root = root();
        assertThat(root).isDirectory();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().matches(".*\\.(tsv|md|dockerignore)")).sorted().toList();
        }
        LintEngine engine = new LintEngine(HadolintRules.all());
        Map<String, List<String>> byRule = new TreeMap<>();
        int parsed = 0;
        for (Path f : files) {
            Dockerfile file;
            try {
                file = new DockerfileParser().parse(f.toString(), DockerfileParser.decode(Files.readAllBytes(f)));
            } catch (Exception e) {
                continue; // the parser's own tests cover files BuildKit rejects
            }
            parsed++;
            List<Finding> findings = engine.lint(file, new LintOptions(dev.imgslim.config.Config.defaults(), Map.of(), null, f.getParent(), f));
            for (Finding x : findings) {
                String src = file.source().line(x.line()).trim();
                byRule.computeIfAbsent(x.rule().name(), k -> new ArrayList<>())
                        .add(root.relativize(f) + ":" + x.line() + ": " + x.message() + "\n      | " + (src.length() > 160 ? src.substring(0, 160) : src));
            }
        }
        assertThat(parsed).isGreaterThan(0);
        String show = System.getenv().getOrDefault("IMGSLIM_CORPUS_SHOW", "");
        StringBuilder sb = new StringBuilder("hadolint family over " + parsed + " corpus files:\n");
        for (var e : byRule.entrySet()) {
            sb.append(String.format("  %-32s %4d%n", e.getKey(), e.getValue().size()));
            int limit = e.getKey().equals(show) || show.equals("all") ? Integer.MAX_VALUE : 3;
            e.getValue().stream().limit(limit).forEach(l -> sb.append("    ").append(l).append('\n'));
        }
        System.out.println(sb);
    }
}
