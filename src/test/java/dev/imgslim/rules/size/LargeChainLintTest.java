package dev.imgslim.rules.size;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A chain of hundreds of stages, each FROM the one before, gets in every stage the findings one
 * stage of a short chain gets: the rules that carry state down FROM-stage chains (what a stage
 * inherits, archives COPYed earlier in the chain, variables of earlier stages) read each stage once
 * instead of its whole lineage, and that must not change what is found. Speed is not asserted here
 * (scripts/bench-scaling prints it).
 */
class LargeChainLintTest {
    private static final int BLOCK_LINES = 7;

    private static String n(int b) {
        return LargeFileLintTest.n(b);
    }

    private static String block(int b) {
        String i = n(b);
        String from = b == 0 ? "FROM debian:bookworm AS s" + i : "FROM s" + n(b - 1) + " AS s" + i;
        return from + "\n"
                + "ARG A" + i + "\n"
                + "ENV E" + i + "=x\n"
                + "COPY conf" + i + ".tar.gz app" + i + "/\n"
                + "RUN tar -xzf conf" + i + ".tar.gz && echo ${E" + i + "}\n"
                + "COPY ${MISSING}/f /dst/${A" + i + "}/${E" + i + "}/\n"
                + "CMD run " + i + "\n";
    }

    private static String file(int blocks) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < blocks; b++) sb.append(block(b));
        return sb.toString();
    }

    /** Per block: "line-in-block:column code message", the block's number and line numbers made relative. */
    private static Map<Integer, List<String>> byBlock(List<Finding> findings) {
        Map<Integer, List<String>> out = new TreeMap<>();
        for (Finding f : findings) {
            int b = (f.line() - 1) / BLOCK_LINES;
            int first = 1 + b * BLOCK_LINES;
            String message = LargeFileLintTest.relativeLines(f.message(), first).replace(n(b), "N");
            if (b > 0) message = message.replace(n(b - 1), "N-1");
            out.computeIfAbsent(b, k -> new ArrayList<>())
                    .add((f.line() - first) + ":" + f.column() + " " + f.rule().code() + " " + message);
        }
        return out;
    }

    @Test
    void everyStageOfAFiveHundredStageChainGetsTheFindingsOfOne() throws Exception {
        // 500, not thousands: undefined-var builds its "did you mean" list from every earlier stage's
        // variables per reported name, which grows with the square of the chain here (each stage adds an ENV).
        int blocks = 500;
        Map<Integer, List<String>> small = byBlock(LargeFileLintTest.lint(file(3)));
        List<String> steady = small.get(1);
        assertThat(steady)
                .as("a stage in the chain: archive COPYed then unpacked, undefined variable, shell-form CMD")
                .anyMatch(s -> s.contains(" IS639 "))
                .anyMatch(s -> s.contains(" IS511 ") && s.contains("MISSING"))
                .anyMatch(s -> s.contains(" IS507 "))
                .noneMatch(s -> s.contains("'$E") || s.contains("'$A"));

        Map<Integer, List<String>> big = byBlock(LargeFileLintTest.lint(file(blocks)));
        assertThat(big.get(0)).isEqualTo(small.get(0));
        List<Integer> differing = new ArrayList<>();
        for (int b = 1; b < blocks - 1; b++) if (!steady.equals(big.get(b))) differing.add(b);
        assertThat(differing)
                .as(
                        "stages whose findings differ from the steady one: %s",
                        big.get(differing.isEmpty() ? 1 : differing.get(0)))
                .isEmpty();
        assertThat(big.get(blocks - 1)).isEqualTo(small.get(2));
    }
}
