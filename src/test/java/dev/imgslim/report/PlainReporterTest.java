package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainReporterTest {

    @Test
    void matchesGolden() {
        Golden.assertMatches("plain", Samples.render("plain", Samples.mixed()));
    }

    @Test
    void oneLinePerFindingOrErrorEvenWhenAMessageHasANewline() {
        String out = Samples.render("plain", Samples.mixed());
        var result = Samples.mixed();
        assertThat(out.split("\n", -1))
                .hasSize(result.findings().size() + result.errors().size() + 1);
        assertThat(out).endsWith("\n").contains("context\\nhint");
    }

    @Test
    void controlCharactersCannotReachTheTerminal() {
        assertThat(OneLine.of("a\u001b[31mb\r\tc")).isEqualTo("a\\u001b[31mb\\r\tc");
    }

    @Test
    void cleanResultPrintsNothing() {
        assertThat(Samples.render("plain", Samples.clean())).isEmpty();
    }
}
