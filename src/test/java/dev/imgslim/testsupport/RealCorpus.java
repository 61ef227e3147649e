package dev.imgslim.testsupport;

import dev.imgslim.config.Config;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The shared corpus of real Dockerfiles (read in place, never copied), and a review run of rules over
 * it: every finding with its source line, grouped by rule, printed for people to read.
 * {@code IMGSLIM_CORPUS} overrides the corpus root; {@code IMGSLIM_CORPUS_SHOW=all} or a rule name prints
 * every finding instead of the first few.
 */
public final class RealCorpus {
    private RealCorpus() {}

    public static Path root() {
        String override = System.getenv("IMGSLIM_CORPUS");
        return override != null ? Paths.get(override) : Paths.get("..", "shared", "corpus");
    }

    public static Path real() {
        return root().resolve("real");
    }

    /** Every Dockerfile under corpus/real (not the paired .dockerignore files, the README or the manifest). */
    public static List<Path> dockerfiles() throws IOException {
        try (Stream<Path> s = Files.walk(real())) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches(".*\\.(dockerignore|md|tsv)"))
                    .sorted().toList();
        }
    }

    public static Dockerfile parse(Path file) throws Exception {
        return new DockerfileParser().parse(file.toString(), DockerfileParser.decode(Files.readAllBytes(file)));
    }

    /** Findings per rule ("CODE name" → "path:line:col: message | source line"); any exception fails the caller. */
    public record Review(int files, Map<String, List<String>> byRule) {
        public int total() {
            return byRule.values().stream().mapToInt(List::size).sum();
        }

        public void print(String title) {
            String show = System.getenv().getOrDefault("IMGSLIM_CORPUS_SHOW", "");
            StringBuilder sb = new StringBuilder(title + ": " + files + " files, " + total() + " findings\n");
            for (var e : byRule.entrySet()) {
                sb.append(String.format("  %5d  %s%n", e.getValue().size(), e.getKey()));
                boolean all = show.equals("all") || e.getKey().endsWith(" " + show);
                e.getValue().stream().limit(all ? Integer.MAX_VALUE : 3).forEach(l -> sb.append("         ").append(l).append('\n'));
            }
            System.out.print(sb);
        }
    }

    /** Lints every corpus Dockerfile with {@code rules} (shellcheck off: the corpus pass reviews our rules). */
    public static Review review(List<Rule> rules) throws Exception {
        LintEngine engine = new LintEngine(rules);
        Map<String, List<String>> byRule = new TreeMap<>();
        for (Rule r : rules) byRule.put(r.meta().code() + " " + r.meta().name(), new ArrayList<>());
        List<Path> files = dockerfiles();
        for (Path f : files) {
            Dockerfile df = parse(f);
            LintOptions options = new LintOptions(Config.defaults().withShellcheck(false), Map.of(), null, null, f);
            for (Finding x : engine.lint(df, options)) {
                String src = df.source().line(x.line()).trim();
                byRule.computeIfAbsent(x.rule().code() + " " + x.rule().name(), k -> new ArrayList<>())
                        .add(real().relativize(f) + ":" + x.line() + ":" + x.column() + ": " + x.message()
                                + "\n           | " + (src.length() > 160 ? src.substring(0, 160) : src));
            }
        }
        return new Review(files.size(), byRule);
    }
}
