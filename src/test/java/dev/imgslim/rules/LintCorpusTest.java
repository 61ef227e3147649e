package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.testsupport.RealCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every rule over the 280 real Dockerfiles: no crash, and findings per rule for review. */
@Tag("shared")
class LintCorpusTest {
    @Test
    void allRulesOverTheRealCorpus() throws Exception {
        long start = System.nanoTime();
        RealCorpus.Review review = RealCorpus.review(BuiltinRules.all());
        long ms = (System.nanoTime() - start) / 1_000_000;
        review.print("all rules over the real corpus (" + ms + " ms)");
        assertThat(review.files()).isGreaterThanOrEqualTo(280);
    }
}
