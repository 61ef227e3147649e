package dev.imgslim.rules.base;

import dev.imgslim.rules.MarkedSample;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extra marked samples of fat-base-variant: digests and mirrors, unknown families. */
class MoreSamplesTest {
    private static void verify(String file) throws Exception {
        MarkedSample.load(Path.of("samples", "fat-base-variant", file)).verify(List.of(new FatBaseVariant()));
    }

    @Test
    void digestAndMirror() throws Exception {
        verify("pinned.Dockerfile");
        var sample = MarkedSample.load(Path.of("samples", "fat-base-variant", "pinned.Dockerfile"));
        var fix = sample.lint(List.of(new FatBaseVariant())).get(0).fixes().get(0);
        org.assertj.core.api.Assertions.assertThat(fix.edits().get(0).text())
                .isEqualTo("mirror.gcr.io/library/node:22-slim");
    }

    @Test
    void unknownFamiliesAreQuiet() throws Exception {
        verify("unknown.Dockerfile");
    }
}
