package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.testsupport.CorpusLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every size rule over the 280 real Dockerfiles in their original folders, compared with a reviewed
 * list of its findings ({@code src/test/resources/corpus-review/<rule>.tsv}: where, {@code true},
 * {@code false} or {@code known} (a false alarm understood but not fixed yet), and why). A reviewed true finding must still be found, a reviewed false alarm must
 * be gone, and a finding nobody reviewed fails the test: read it, judge it, and add its row. The
 * current findings, with the verdicts known so far ({@code ?} for new ones), are written to
 * {@code target/corpus-review/} to make that easy.
 */
@org.junit.jupiter.api.Tag("shared")
@Tag("shared")
class SizeCorpusReviewTest {

    /**
     * One reviewed finding: {@code where} is {@code owner/repo/path:line:column}; {@code known} marks a
     * false alarm that is understood but not fixed yet (it may stay; the report counts it).
     */
    record Verdict(String where, boolean truePositive, boolean known, String why) {}

    /**
     * Rules outside the size category whose findings are reviewed here too: the hadolint checks added for
     * parity, some of which ship off by default because of what this review found (they run enabled here).
     */
    static final java.util.Set<String> ALSO_REVIEWED = java.util.Set.of(
            "from-platform-flag",
            "healthcheck-missing",
            "user-not-numeric",
            "inline-ignore-pragma",
            "label-key-strict");

    static boolean reviewed(RuleMeta m) {
        return m.category() == Category.SIZE || ALSO_REVIEWED.contains(m.name());
    }

    @Test
    void sizeFindingsMatchTheReview(@TempDir Path dir) throws Exception {
        List<CorpusLayout.Entry> files = CorpusLayout.layOut(dir);
        assertThat(files).hasSizeGreaterThanOrEqualTo(280);
        Map<String, Map<String, String>> found = lint(files);

        Path out = Path.of("target", "corpus-review");
        Files.createDirectories(out);
        List<String> problems = new ArrayList<>();
        StringBuilder counts = new StringBuilder("reviewed findings over the real corpus in its original layout:\n");
        for (var rule : found.entrySet()) {
            Map<String, Verdict> reviewed = review(rule.getKey());
            Map<String, String> now = rule.getValue();
            StringBuilder current = new StringBuilder();
            for (var f : now.entrySet()) {
                Verdict v = reviewed.get(f.getKey());
                String verdict = v == null ? "?" : v.known() ? "known" : String.valueOf(v.truePositive());
                current.append(f.getKey())
                        .append('\t')
                        .append(verdict)
                        .append('\t')
                        .append(v == null ? f.getValue() : v.why())
                        .append('\n');
                if (v == null) problems.add(rule.getKey() + ": not reviewed: " + f.getKey() + " " + f.getValue());
                else if (!v.truePositive() && !v.known())
                    problems.add(
                            rule.getKey() + ": reviewed false alarm is back: " + f.getKey() + " (" + v.why() + ")");
            }
            for (Verdict v : reviewed.values()) {
                if (v.truePositive() && !now.containsKey(v.where())) {
                    problems.add(rule.getKey() + ": reviewed true finding lost: " + v.where() + " (" + v.why() + ")");
                }
            }
            Files.writeString(out.resolve(rule.getKey() + ".tsv"), current.toString());
            long trueNow = now.keySet().stream()
                    .filter(k -> reviewed.containsKey(k) && reviewed.get(k).truePositive())
                    .count();
            long knownNow = now.keySet().stream()
                    .filter(k -> reviewed.containsKey(k) && reviewed.get(k).known())
                    .count();
            counts.append(String.format(
                    "  %4d  %-32s (%d reviewed true, %d known false alarms)%n",
                    now.size(), rule.getKey(), trueNow, knownNow));
        }
        System.out.print(counts);
        problems.forEach(System.out::println);
        assertThat(problems).as("size findings that differ from the review").isEmpty();
    }

    /** Findings of the size rules: rule name → (where → message), every size rule present. */
    private static Map<String, Map<String, String>> lint(List<CorpusLayout.Entry> files) throws IOException {
        List<Rule> rules = BuiltinRules.all();
        LintEngine engine = new LintEngine(rules);
        Map<String, Map<String, String>> found = new TreeMap<>();
        for (Rule r : rules) if (reviewed(r.meta())) found.put(r.meta().name(), new TreeMap<>());
        // rules that are off by default run here as users who enable them see them
        List<String> off = rules.stream()
                .map(Rule::meta)
                .filter(RuleMeta::offByDefault)
                .map(RuleMeta::name)
                .toList();
        for (CorpusLayout.Entry e : files) {
            Dockerfile df;
            try {
                df = new DockerfileParser().parse(e.label(), DockerfileParser.decode(Files.readAllBytes(e.file())));
            } catch (DockerfileParseException ex) {
                continue; // the parser's own tests cover the files BuildKit rejects
            }
            LintOptions options = new LintOptions(
                    Config.defaults().withShellcheck(false).withEnable(off),
                    Map.of(),
                    null,
                    e.file().getParent(),
                    e.file());
            for (Finding f : engine.lint(df, options)) {
                if (!reviewed(f.rule())) continue;
                found.computeIfAbsent(f.rule().name(), k -> new TreeMap<>())
                        .put(
                                e.label() + ":" + f.line() + ":" + f.column(),
                                f.message().replace('\t', ' ').replace('\n', ' '));
            }
        }
        return found;
    }

    private static Map<String, Verdict> review(String rule) throws IOException {
        Map<String, Verdict> out = new LinkedHashMap<>();
        try (InputStream in = SizeCorpusReviewTest.class.getResourceAsStream("/corpus-review/" + rule + ".tsv")) {
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 3);
                if (!cols[1].equals("true") && !cols[1].equals("false") && !cols[1].equals("known")) {
                    throw new IllegalStateException(rule + ".tsv: verdict must be true, false or known: " + line);
                }
                out.put(
                        cols[0],
                        new Verdict(
                                cols[0],
                                cols[1].equals("true"),
                                cols[1].equals("known"),
                                cols.length > 2 ? cols[2] : ""));
            }
        }
        return out;
    }
}
