package dev.imgslim.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.testsupport.RealCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The hadolint family over the real corpus: no rule may throw; findings printed per rule for review. */
@Tag("shared")
class HadolintCorpusTest {
    @Test
    void lintsTheCorpusWithoutErrors() throws Exception {
        RealCorpus.Review review = RealCorpus.review(BuiltinRules.family("hadolint"));
        review.print("hadolint family over the real corpus");
        assertThat(review.files()).isGreaterThanOrEqualTo(280);
    }
}
