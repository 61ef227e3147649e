package dev.imgslim.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of BuildKit's word processor: quotes, escapes, variable expansion and its
 * modifiers. Without {@code JAZZER_FUZZ} this replays the inputs in {@code
 * src/test/resources/dev/imgslim/fuzz/ShellWordFuzzTestInputs/} (seeds and every finding kept so far);
 * with it, Jazzer fuzzes for the given time from those and the seeds planted below (see
 * CONTRIBUTING.md).
 */
class ShellWordFuzzTest {
    @BeforeAll
    static void plantSeeds() throws Exception {
        Seeds.plant(ShellWordFuzzTest.class, "shellWord", Seeds.shellWord());
    }

    /** A hang: one input running longer than 20 s fails the test (Jazzer passes it to libFuzzer as -timeout). */
    @Timeout(20)
    @FuzzTest(maxDuration = "10s")
    void shellWord(FuzzedDataProvider data) {
        FuzzTargets.shellWord(data);
    }
}
