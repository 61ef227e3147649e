package dev.imgslim.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of .dockerignore parsing and matching (Docker's semantics; must stay linear:
 * no backtracking). Without {@code JAZZER_FUZZ} this replays the inputs in {@code
 * src/test/resources/dev/imgslim/fuzz/DockerIgnoreFuzzTestInputs/} (seeds and every finding kept so
 * far); with it, Jazzer fuzzes for the given time from those and the seeds planted below (see
 * CONTRIBUTING.md).
 */
class DockerIgnoreFuzzTest {
    @BeforeAll
    static void plantSeeds() throws Exception {
        Seeds.plant(DockerIgnoreFuzzTest.class, "dockerignore", Seeds.dockerignore());
    }

    /** A hang: one input running longer than 20 s fails the test (Jazzer passes it to libFuzzer as -timeout). */
    @Timeout(20)
    @FuzzTest(maxDuration = "10s")
    void dockerignore(FuzzedDataProvider data) {
        FuzzTargets.dockerignore(data);
    }
}
