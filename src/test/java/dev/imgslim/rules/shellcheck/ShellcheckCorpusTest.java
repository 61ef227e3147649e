package dev.imgslim.rules.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shellcheck rule over the 280 real Dockerfiles of the shared corpus: no exception, every finding
 * inside its RUN, and findings per code printed for review.
 */
@Tag("shared")
class ShellcheckCorpusTest {
    @Test
    void realCorpus() throws Exception {
        ShellcheckInstalled.require();
        Path root = dev.imgslim.testsupport.RealCorpus.real();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        LintEngine engine = new LintEngine(BuiltinRules.family("shellcheck"));
        Map<String, List<String>> byCode = new TreeMap<>();
        java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
        java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();
        long t0 = System.nanoTime();
        // One shellcheck process per file: run a few files at once to keep the suite quick.
        files.parallelStream().forEach(f -> {
            Dockerfile df;
            try {
                df = new DockerfileParser().parse(f.toString(), DockerfileParser.decode(Files.readAllBytes(f)));
            } catch (Exception e) {
                return; // the parser's own tests cover files BuildKit rejects
            }
            parsed.incrementAndGet();
            long t = System.nanoTime();
            List<Finding> found = engine.lint(
                    df,
                    new LintOptions(
                            Config.defaults(), Map.of(), null, null, null, null, null, ShellcheckInstalled.path()));
            synchronized (slowest) {
                slowest.put(
                        (System.nanoTime() - t) / 1_000_000 * 10_000 + slowest.size(),
                        root.relativize(f).toString());
            }
            for (Finding x : found) {
                assertThat(df.instructions()).as("finding inside a RUN: %s", x).anySatisfy(ins -> assertThat(
                                ins.is("RUN")
                                        && ins.span().containsLine(x.line())
                                        && x.span().endLine() >= x.line())
                        .isTrue());
                synchronized (byCode) {
                    byCode.computeIfAbsent(x.rule().code(), k -> new ArrayList<>())
                            .add(root.relativize(f) + ":" + x.line() + ":" + x.column() + " " + x.message());
                }
            }
        });
        byCode.values().forEach(java.util.Collections::sort);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("shellcheck corpus: %d files linted in %d ms%n", parsed.get(), ms);
        slowest.descendingMap().entrySet().stream()
                .limit(5)
                .forEach(e -> System.out.printf("  slowest: %d ms %s%n", e.getKey() / 10_000, e.getValue()));
        byCode.forEach((code, list) -> {
            System.out.printf("  %s: %d%n", code, list.size());
            list.stream()
                    .limit(Integer.getInteger("imgslim.corpus.show", 3))
                    .forEach(l -> System.out.println("      " + l));
        });
        assertThat(parsed.get()).isGreaterThan(200);
    }
}
