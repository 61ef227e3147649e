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
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared test material beside the checkout ({@code ../shared}: the corpus of real Dockerfiles and
 * BuildKit's parser files, read in place, never copied, and the facts notes), and a review run of rules
 * over the corpus: every finding with its source line, grouped by rule, printed for people to read.
 *
 * <p>Every test that reads {@code ../shared} is tagged {@code @Tag("shared")} and reaches it only through
 * {@link #root()} or {@link #facts(String)}. Where the folder is missing (a fresh clone, a GitHub runner before
 * {@code scripts/fetch-corpus}) those tests are skipped with the reason printed; when the run requires
 * them ({@code IMGSLIM_REQUIRE_SHARED=1}, set by {@code scripts/test-all}; {@code =corpus} requires the
 * corpus only, since the facts notes cannot be fetched) they fail instead. {@code CI=true} alone does not
 * require them: GitHub sets it on every runner.
 *
 * <p>{@code IMGSLIM_CORPUS} overrides the corpus root; {@code IMGSLIM_CORPUS_SHOW=all} or a rule name prints
 * every finding instead of the first few.
 */
public final class RealCorpus {
    /** The JUnit tag of every test that reads {@code ../shared}. */
    public static final String TAG = "shared";

    private RealCorpus() {}

    /** The corpus root ({@code corpus/}); skips the calling test, or fails it when required, if it is missing. */
    public static Path root() {
        String override = System.getenv("IMGSLIM_CORPUS");
        Path root = override != null ? Paths.get(override) : Paths.get("..", "shared", "corpus");
        return require(root, "corpus", "the shared corpus", "scripts/fetch-corpus makes it from public sources");
    }

    /** A file of the shared facts notes ({@code facts/NAME}); skips or fails as {@link #root()} does. */
    public static Path facts(String name) {
        String override = System.getenv("IMGSLIM_CORPUS");
        Path shared = override != null ? Paths.get(override).toAbsolutePath().getParent() : Paths.get("..", "shared");
        return require(
                shared.resolve("facts").resolve(name),
                "facts",
                "the shared facts file",
                "it is this project's research notes, not fetchable: CI runs these tests only where ../shared is present");
    }

    /** Whether the run requires {@code what} ("corpus" or "facts"): {@code IMGSLIM_REQUIRE_SHARED=1}, or a list naming it. */
    static boolean required(String what) {
        String v = System.getenv().getOrDefault("IMGSLIM_REQUIRE_SHARED", "").trim();
        if (v.isEmpty() || v.equals("0") || v.equalsIgnoreCase("false")) return false;
        if (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("all")) return true;
        return java.util.Arrays.asList(v.split("[,\\s]+")).contains(what);
    }

    private static Path require(Path p, String what, String description, String hint) {
        if (Files.exists(p)) return p;
        String reason = description + " is not at " + p.toAbsolutePath().normalize() + " (" + hint + ")";
        if (required(what)) Assertions.fail("IMGSLIM_REQUIRE_SHARED requires " + what + ", but " + reason);
        System.err.println("[shared tests skipped] " + reason);
        Assumptions.abort(reason);
        return p; // not reached
    }

    public static Path real() {
        return root().resolve("real");
    }

    /** Every Dockerfile under corpus/real (not the paired .dockerignore files, the README or the manifest). */
    public static List<Path> dockerfiles() throws IOException {
        try (Stream<Path> s = Files.walk(real())) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches(".*\\.(dockerignore|md|tsv)"))
                    .sorted()
                    .toList();
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
                e.getValue().stream()
                        .limit(all ? Integer.MAX_VALUE : 3)
                        .forEach(l -> sb.append("         ").append(l).append('\n'));
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
