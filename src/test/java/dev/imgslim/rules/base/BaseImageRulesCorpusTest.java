package dev.imgslim.rules.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.testsupport.RealCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The base-image rules over the real corpus: no exception, findings printed per rule for review.
 * False positives found there became quiet cases (scripts we cannot read, images without an
 * application start command, the official images' apt-mark purge idiom, glibc → alpine jumps).
 */
@Tag("shared")
class BaseImageRulesCorpusTest {
    @Test
    void lintsTheRealCorpusWithoutErrors() throws Exception {
        RealCorpus.Review review = RealCorpus.review(BuiltinRules.family("base"));
        review.print("base-image rules over the real corpus");
        assertThat(review.files()).isGreaterThanOrEqualTo(280);
    }
}
