package dev.imgslim.rules.size;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.DockerfileParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A generated Dockerfile thousands of times larger than a real one gets the same findings, block for
 * block, as one copy of its block: the indexes and once-per-file facts that keep the rules linear
 * (additions by path, removals, working directories, the FROM-stage walk) must not change what is
 * found. Speed is not asserted here (scripts/bench-scaling prints it); a rule that turned quadratic
 * again would show as minutes of suite time.
 */
class LargeFileLintTest {
    /** Lines per block; every block is the same text with its own numbers. */
    private static final int BLOCK_LINES = 10;

    /** Block numbers have one width, so that columns are the same in every block. */
    static String n(int b) {
        return String.format(java.util.Locale.ROOT, "%05d", b);
    }

    private static String block(int b) {
        String i = n(b);
        return "RUN curl -fsSL https://example.com/pkg" + i + ".tar.gz -o /tmp/pkg" + i + ".tar.gz\n"
                + "WORKDIR /opt/b" + i + "\n"
                + "RUN tar -xzf /tmp/pkg" + i + ".tar.gz -C /opt/pkg" + i + " && rm -rf /tmp/pkg" + i + ".tar.gz/x\n"
                + "ENV STEP=" + i + "\n"
                + "RUN rm -rf /tmp/pkg" + i + ".tar.gz /opt/pkg" + i + "/docs\n"
                + "COPY app" + i + "/ ./app/\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends lib" + i + "-dev\n"
                + "USER root\n"
                + "RUN pip install tool" + i + "==1.0 && git clone https://github.com/example/r" + i + " src" + i
                + " && chown -R app /opt/b" + i + "/app\n"
                + "LABEL block=\"" + i + "\"\n";
    }

    private static String file(int blocks) {
        StringBuilder sb = new StringBuilder("FROM debian:bookworm\n");
        for (int i = 0; i < blocks; i++) sb.append(block(i));
        sb.append("CMD [\"/opt/pkg0/bin/app\"]\n");
        return sb.toString();
    }

    static List<Finding> lint(String text) throws Exception {
        // ShellCheck (IS7xx) runs an external process per file: not what this test is about.
        LintEngine engine = new LintEngine(BuiltinRules.all().stream()
                .filter(r -> !r.meta().code().startsWith("IS7"))
                .toList());
        return engine.lint(new DockerfileParser().parse("Dockerfile", text), LintOptions.defaults());
    }

    /** Findings of one block as "line-in-block:column code message", line numbers in messages made relative. */
    private static Map<Integer, List<String>> byBlock(List<Finding> findings) {
        Map<Integer, List<String>> out = new TreeMap<>();
        for (Finding f : findings) {
            int offset = f.line() - 2; // line 1 is the FROM
            if (offset < 0) continue;
            int b = offset / BLOCK_LINES;
            int first = 2 + b * BLOCK_LINES;
            String i = n(b);
            String message = relativeLines(f.message(), first)
                    .replace("pkg" + i + ".", "pkgN.")
                    .replace("pkg" + i + "/", "pkgN/")
                    .replace("lib" + i + "-", "libN-")
                    .replace("tool" + i + "=", "toolN=")
                    .replace("/b" + i + "/", "/bN/")
                    .replace("/r" + i + " ", "/rN ")
                    .replace("src" + i, "srcN")
                    .replace("app" + i + "/", "appN/");
            out.computeIfAbsent(b, k -> new ArrayList<>())
                    .add((offset % BLOCK_LINES) + ":" + f.column() + " "
                            + f.rule().code() + " " + message);
        }
        return out;
    }

    /** "at line 1234" becomes "at line +k", k counted from the block's first line (or "an earlier block"). */
    static String relativeLines(String message, int first) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        while (m.find()) {
            int k = Integer.parseInt(m.group(1)) - first;
            m.appendReplacement(sb, k < 0 ? "line (an earlier block)" : "line +" + k);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Test
    void twentyThousandLinesGetTheFindingsOfOneBlockInEveryBlock() throws Exception {
        int blocks = 2_000; // 20,002 lines, 10,000 RUN instructions
        List<Finding> big = lint(file(blocks));
        List<Finding> small = lint(file(3));

        Map<Integer, List<String>> expected = byBlock(small);
        // The first block differs in what is counted once per stage (apt lists' size) and the last in
        // what follows it: the middle block of three is the steady state.
        List<String> steady = expected.get(1);
        assertThat(steady)
                .as("the block is found to waste bytes (delete-in-later-layer, apt lists, pip cache, clone, chown)")
                .anyMatch(s -> s.contains(" IS202 "))
                .anyMatch(s -> s.contains(" IS302 "))
                .anyMatch(s -> s.contains(" IS304 "))
                .anyMatch(s -> s.contains(" IS207 "))
                .anyMatch(s -> s.contains(" IS203 "));

        Map<Integer, List<String>> found = byBlock(big);
        assertThat(found.get(0)).isEqualTo(expected.get(0));
        List<Integer> differing = new ArrayList<>();
        for (int b = 1; b < blocks - 1; b++) if (!steady.equals(found.get(b))) differing.add(b);
        assertThat(differing)
                .as(
                        "blocks whose findings differ from the steady block: %s",
                        found.get(differing.isEmpty() ? 1 : differing.get(0)))
                .isEmpty();
        assertThat(found.get(blocks - 1)).isEqualTo(expected.get(2));

        // delete-in-later-layer names the layer that added the file: the curl of the same block.
        Finding firstDelete = big.stream()
                .filter(f -> f.rule().code().equals("IS202") && f.line() > 2 + 1_000 * BLOCK_LINES)
                .findFirst()
                .orElseThrow();
        int blockStart = 2 + ((firstDelete.line() - 2) / BLOCK_LINES) * BLOCK_LINES;
        assertThat(firstDelete.message()).contains("at line " + blockStart);
        Map<String, Long> perRule =
                big.stream().collect(Collectors.groupingBy(f -> f.rule().code(), TreeMap::new, Collectors.counting()));
        assertThat(perRule.get("IS202")).isEqualTo((long) blocks);
    }
}
