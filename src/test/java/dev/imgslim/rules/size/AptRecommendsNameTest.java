package dev.imgslim.rules.size;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick check before the line-by-line reading never rules out text that names the option in any case. */
class AptRecommendsNameTest {
    private static boolean mayName(String text) {
        return AptInstallRecommends.mayName(new StringBuilder(text), "apt::install-recommends");
    }

    @Test
    void namesInAnyCase() {
        assertThat(mayName("RUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/01norec"))
                .isTrue();
        assertThat(mayName("RUN echo 'apt::install-recommends false;' > x")).isTrue();
        assertThat(mayName("RUN echo 'Apt::INSTALL-RECOMMENDS \"false\";' > x")).isTrue();
    }

    @Test
    void otherTextIsRuledOut() {
        assertThat(mayName("RUN apt-get install -y --no-install-recommends curl"))
                .isFalse();
        assertThat(mayName("RUN echo APT: Install-Recommends")).isFalse();
        assertThat(mayName("RUN echo a::b")).isFalse();
        assertThat(mayName("")).isFalse();
    }
}
