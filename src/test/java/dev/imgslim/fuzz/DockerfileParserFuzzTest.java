package dev.imgslim.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the reader and the parser (BuildKit's grammar, heredocs, directives,
 * flags). Without {@code JAZZER_FUZZ} this replays the inputs in {@code
 * src/test/resources/dev/imgslim/fuzz/DockerfileParserFuzzTestInputs/} (seeds and every finding kept
 * so far); with it, Jazzer fuzzes for the given time from those and the seeds planted below (see
 * CONTRIBUTING.md).
 */
class DockerfileParserFuzzTest {
    @BeforeAll
    static void plantSeeds() throws Exception {
        Seeds.plant(DockerfileParserFuzzTest.class, "parse", Seeds.parse());
    }

    /** A hang: one input running longer than 20 s fails the test (Jazzer passes it to libFuzzer as -timeout). */
    @Timeout(20)
    @FuzzTest(maxDuration = "10s")
    void parse(byte[] input) {
        FuzzTargets.parse(input);
    }
}
