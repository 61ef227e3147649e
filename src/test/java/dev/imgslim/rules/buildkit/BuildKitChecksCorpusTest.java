package dev.imgslim.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.testsupport.RealCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** BuildKit's checks over the real corpus: no rule may throw; findings printed per rule for review. */
@Tag("shared")
class BuildKitChecksCorpusTest {
    @Test
    void realDockerfilesLintWithoutErrors() throws Exception {
        RealCorpus.Review review = RealCorpus.review(BuiltinRules.family("buildkit"));
        review.print("buildkit checks over the real corpus");
        assertThat(review.files()).isGreaterThanOrEqualTo(280);
    }
}
