package dev.imgslim.rules.size;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.testsupport.RealCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The layer rules over the real corpus (no build context there): no exception; findings printed per rule. */
@Tag("shared")
class LayerRulesCorpusTest {
    @Test
    void lintsTheRealCorpusWithoutErrors() throws Exception {
        RealCorpus.Review review = RealCorpus.review(BuiltinRules.family("size"));
        review.print("layer rules over the real corpus");
        assertThat(review.files()).isGreaterThanOrEqualTo(280);
    }
}
