package dev.imgslim.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the .imgslim.yaml loader. Without {@code JAZZER_FUZZ} this replays the
 * inputs in {@code src/test/resources/dev/imgslim/fuzz/ConfigFuzzTestInputs/} (seeds and every finding
 * kept so far); with it, Jazzer fuzzes for the given time from those and the seeds planted below (see
 * CONTRIBUTING.md).
 */
class ConfigFuzzTest {
    @BeforeAll
    static void plantSeeds() throws Exception {
        Seeds.plant(ConfigFuzzTest.class, "config", Seeds.config());
    }

    /** A hang: one input running longer than 20 s fails the test (Jazzer passes it to libFuzzer as -timeout). */
    @Timeout(20)
    @FuzzTest(maxDuration = "10s")
    void config(byte[] input) {
        FuzzTargets.config(input);
    }
}
