package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick test before the pragma patterns never rules out a comment they would match. */
class SuppressionsPragmaTest {
    @Test
    void everyPragmaFormPassesTheQuickTest() {
        for (String text : new String[] {
            "imgslim ignore=apt-no-recommends",
            "imgslim global ignore=DL3008,DL3009",
            "hadolint ignore=DL3008 # pinned elsewhere",
            "hadolint global ignore=DL3059",
            "check=skip=JSONArgsRecommended",
            "CHECK = skip=all",
            "Check=skip=A,B;error=true"
        }) {
            assertThat(Suppressions.mayBePragma(text)).as(text).isTrue();
        }
    }

    @Test
    void ordinaryCommentsAreSkipped() {
        for (String text : new String[] {"", "install the build tools", "see hadolint docs", "we check=skip later"}) {
            assertThat(Suppressions.mayBePragma(text)).as(text).isFalse();
        }
    }
}
