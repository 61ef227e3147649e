package dev.imgslim.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * The bounded fuzz run of {@code mvn verify}: all five targets in one JVM and one libFuzzer session. Jazzer
 * fuzzes one test per JVM, so five target classes cost five JVM starts, five agent attaches and five
 * instrumentations of the same classes, and their fixed cost was most of the run; here the last byte of each
 * input picks the target and the rest is that target's input, so coverage of every target guides one shared
 * corpus, and the whole run has one time budget ({@code -Dfuzz.seconds}, see CONTRIBUTING.md).
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code src/test/resources/dev/imgslim/fuzz/AllTargetsFuzzTestInputs/}
 * (findings kept so far). The per-target classes stay for replaying their inputs and for a long run of one target.
 */
class AllTargetsFuzzTest {

    /** The targets, in selector order: the selector byte of an input is its target's index. */
    enum Target {
        PARSE,
        LINT,
        SHELL_WORD,
        DOCKERIGNORE,
        CONFIG
    }

    private static final Target[] TARGETS = Target.values();
    private static final AtomicLongArray TRIED = new AtomicLongArray(TARGETS.length);
    private static long started;
    private static volatile long firstInput;

    @BeforeAll
    static void plantSeeds() throws IOException {
        started = System.nanoTime();
        List<byte[]> seeds = new ArrayList<>();
        // Fewer seeds than the single-target runs take: libFuzzer runs every seed before it mutates, and
        // under instrumentation a lint input costs a hundred times a shell word, so the parse target takes
        // the real files, the lint target only the samples that make each rule fire.
        add(seeds, Target.PARSE, Seeds.parse());
        add(seeds, Target.LINT, Seeds.lintFiring());
        List<byte[]> words = Seeds.shellWord();
        add(seeds, Target.SHELL_WORD, words.subList(0, Math.min(200, words.size())));
        add(seeds, Target.DOCKERIGNORE, Seeds.dockerignore());
        add(seeds, Target.CONFIG, Seeds.config());
        Seeds.plant(AllTargetsFuzzTest.class, "all", seeds);
        System.out.printf(
                "[fuzz] %d seeds planted in %d ms%n", seeds.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** A target's seeds with its selector byte appended (FuzzedDataProvider reads numbers from the end). */
    @SuppressWarnings("EnumOrdinal") // a target's ordinal is its selector byte: Target's order is the input format
    private static void add(List<byte[]> into, Target target, List<byte[]> seeds) {
        for (byte[] seed : seeds) {
            byte[] in = Arrays.copyOf(seed, seed.length + 1);
            in[seed.length] = (byte) target.ordinal();
            into.add(in);
        }
    }

    /** A hang: one input running longer than 20 s fails the test (Jazzer passes it to libFuzzer as -timeout). */
    @SuppressWarnings("EnumOrdinal") // a target's ordinal is its selector byte: Target's order is the input format
    @Timeout(20)
    @FuzzTest(maxDuration = "60s")
    void all(FuzzedDataProvider data) {
        if (firstInput == 0) firstInput = System.nanoTime();
        Target target = TARGETS[data.consumeInt(0, TARGETS.length - 1)];
        TRIED.incrementAndGet(target.ordinal());
        switch (target) {
            case PARSE -> FuzzTargets.parse(data.consumeRemainingAsBytes());
            case LINT -> FuzzTargets.lint(data.consumeRemainingAsBytes());
            case SHELL_WORD -> FuzzTargets.shellWord(data);
            case DOCKERIGNORE -> FuzzTargets.dockerignore(data);
            case CONFIG -> FuzzTargets.config(data.consumeRemainingAsBytes());
        }
    }

    /** How the run was spent: inputs tried per target (seeds included), so a target nobody reached shows. */
    @AfterAll
    @SuppressWarnings("EnumOrdinal") // a target's ordinal is its selector byte: Target's order is the input format
    static void printInputsTried() {
        long now = System.nanoTime();
        StringBuilder line = new StringBuilder("[fuzz] inputs tried in ")
                .append((now - started) / 1_000_000_000)
                .append(" s (")
                .append(firstInput == 0 ? 0 : (now - firstInput) / 1_000_000_000)
                .append(" s from the first input, after the agent and instrumentation):");
        long total = 0;
        for (Target t : TARGETS) {
            long n = TRIED.get(t.ordinal());
            total += n;
            line.append(' ')
                    .append(t.name().toLowerCase(java.util.Locale.ROOT))
                    .append('=')
                    .append(n);
        }
        System.out.println(line.append(" total=").append(total));
    }
}
