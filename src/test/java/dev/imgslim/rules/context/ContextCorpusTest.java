package dev.imgslim.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.build.BuildModel;
import dev.imgslim.ignore.DockerIgnore;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.syntax.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lints every real Dockerfile of the shared corpus with the IS4xx rules. The context folders are not
 * in the corpus, only the .dockerignore files that sit beside some Dockerfiles (paired through
 * MANIFEST.tsv: {@code <Dockerfile>.dockerignore} first, else {@code .dockerignore} of the same
 * folder, the folder being the default context), so only the ignore-file logic runs here. Asserts
 * that nothing throws; prints the findings per rule for review (also to target/context-corpus.txt).
 */
@Tag("shared")
class ContextCorpusTest {

    private static Path corpus() {
        return dev.imgslim.testsupport.RealCorpus.real();
    }

    private record Row(String local, String repo, String path) {}

    @Test
    void everyCorpusDockerfileLintsWithoutException() throws Exception {
        Path root = corpus();
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("MANIFEST.tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols[0].equals("local_file")) continue;
            rows.add(new Row(cols[0], cols[1], cols[2]));
        }
        Map<String, Row> byRepoPath = new HashMap<>();
        for (Row r : rows) byRepoPath.put(r.repo() + "\u0000" + r.path(), r);

        List<Rule> rules = BuiltinRules.family("context");
        Map<String, List<String>> byRule = new TreeMap<>();
        for (Rule r : rules) byRule.put(r.meta().code() + " " + r.meta().name(), new ArrayList<>());
        int linted = 0;
        int withIgnore = 0;
        for (Row row : rows) {
            if (row.local().endsWith(".dockerignore")) continue;
            Path file = root.resolve(row.local());
            Dockerfile df;
            try {
                df = new DockerfileParser().parse(row.local(), DockerfileParser.decode(Files.readAllBytes(file)));
            } catch (DockerfileParseException e) {
                continue; // not this test's business: the parser tests cover rejected files
            }
            Row ignoreRow = byRepoPath.get(row.repo() + "\u0000" + row.path() + ".dockerignore");
            if (ignoreRow == null) {
                int slash = row.path().lastIndexOf('/');
                String dir = slash < 0 ? "" : row.path().substring(0, slash + 1);
                ignoreRow = byRepoPath.get(row.repo() + "\u0000" + dir + ".dockerignore");
            }
            BuildContext context;
            if (ignoreRow != null) {
                withIgnore++;
                String name = ignoreRow.path().substring(ignoreRow.path().lastIndexOf('/') + 1);
                context = BuildContext.ofIgnoreOnly(DockerIgnore.load(root.resolve(ignoreRow.local())), name);
            } else {
                context = new BuildContext(null, null, null, null);
            }
            BuildModel model = BuildModel.of(df);
            LintContext ctx = new LintContext(df, model, LintOptions.defaults());
            ctx.shared(BuildContext.class, () -> context);
            for (Rule rule : rules) {
                List<String> out =
                        byRule.get(rule.meta().code() + " " + rule.meta().name());
                FindingSink sink = new FindingSink(rule.meta(), (meta, span, message, savings, fixes) -> {
                    Span s = span == null ? Span.ofLine(1) : span;
                    String at = s.startLine() + ":" + s.startColumn();
                    String source = s.startLine() <= df.source().lineCount()
                            ? df.source().line(s.startLine()).strip()
                            : "";
                    out.add(row.local() + ":" + at + " " + message + "\n      | " + source);
                });
                rule.check(ctx, sink);
            }
            linted++;
        }
        StringBuilder report = new StringBuilder();
        report.append("context rules over ")
                .append(linted)
                .append(" corpus Dockerfiles (")
                .append(withIgnore)
                .append(" with a paired .dockerignore)\n");
        for (var e : byRule.entrySet()) {
            report.append("== ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue().size())
                    .append('\n');
            for (String f : e.getValue()) report.append("  ").append(f).append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "context-corpus.txt"), report);
        for (var e : byRule.entrySet())
            System.out.println(
                    "[context corpus] " + e.getKey() + ": " + e.getValue().size());
        assertThat(linted).isGreaterThan(200);
        assertThat(withIgnore).isGreaterThan(10);
    }
}
