package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class TtyReporterTest {

    @Test
    void matchesGolden() {
        Golden.assertMatches("tty", Samples.render("tty", Samples.mixed()));
    }

    @Test
    void noAnsiUnlessAsked() {
        assertThat(Samples.render("tty", Samples.mixed())).doesNotContain("\u001b");
        String coloured = Samples.render(
                new TtyReporter(), Samples.mixed(), Samples.context().withColor(true));
        assertThat(coloured).contains("\u001b[1;31merror:\u001b[0m", "\u001b[1;33mwarning:\u001b[0m");
    }

    @Test
    void underlineKeepsTabsSoItAlignsAtAnyTabWidth() {
        String line = "RUN\tapt-get install -y café-tools";
        assertThat(Underline.under(line, Samples.span(2, 5, 2, 34))).isEqualTo("   \t^" + "~".repeat(28));
        assertThat(Underline.under("\tx\ty", Samples.span(1, 2, 1, 5))).isEqualTo("\t^\t~");
    }

    @Test
    void underlineHandlesEmptyMultiLineAndOverlongSpans() {
        assertThat(Underline.under("FROM x", Samples.span(1, 1, 1, 1))).isEqualTo("^");
        assertThat(Underline.under("RUN a \\", Samples.span(1, 5, 3, 2))).isEqualTo("    ^~~");
        assertThat(Underline.under("RUN", Samples.span(1, 9, 1, 20))).isEqualTo("   ^");
    }

    @Test
    void shownSourceCannotDriveTheTerminal() {
        assertThat(Underline.shown("RUN \u001b[2J echo\r")).isEqualTo("RUN \uFFFD[2J echo");
    }

    @Test
    void anEmojiTakesTwoCellsBeforeTheCaretAsTerminalsDrawIt() {
        assertThat(Underline.under("\uD83D\uDE00 x", Samples.span(1, 4, 1, 5))).isEqualTo("   ^");
    }

    @Test
    void wideCharactersMoveTheCaretTwoCellsEach() {
        // LABEL 説明="x": the value starts after 9 characters, 11 cells
        assertThat(Underline.under("LABEL \u8aac\u660e=\"x\"", Samples.span(1, 10, 1, 13)))
                .isEqualTo("           ^~~");
        assertThat(Underline.under("RUN \u65e5\u672c", Samples.span(1, 5, 1, 7)))
                .isEqualTo("    ^~~~");
    }

    @Test
    void withoutSourceLinesThereIsNoSnippet() {
        String out = Samples.render(
                new TtyReporter(), Samples.mixed(), Samples.context().withSourceLines(f -> List.of()));
        assertThat(out).doesNotContain(" | ").contains(" = saves ~880 MB, catalog, 2026-08");
    }

    @Test
    void summaryCountsAndSavings() {
        String out = Samples.render("tty", Samples.mixed());
        assertThat(out)
                .endsWith("1 error, 2 warnings, 3 info, 1 style in 4 files; 1 file could not be linted;"
                        + " estimated savings: ~880 MB compressed + ~25 MB on disk\n");
        assertThat(Samples.render("tty", Samples.clean())).isEqualTo("no problems in 1 file\n");
    }

    @Test
    void savingsSummaryCanBeTurnedOff() {
        var ctx = new ReportContext(false, "0.1.0", null, null, null, false, null, null);
        assertThat(Samples.render(new TtyReporter(), Samples.mixed(), ctx)).doesNotContain("estimated savings");
    }

    @Test
    void sizesReadAsDecimalApproximations() {
        assertThat(SizeText.approx(24_800_000)).isEqualTo("~25 MB");
        assertThat(SizeText.approx(4_250_000)).isEqualTo("~4.3 MB");
        assertThat(SizeText.approx(12_000)).isEqualTo("~12 kB");
        assertThat(SizeText.approx(10)).isEqualTo("~1 kB");
    }

    @Test
    void findingsAreSortedWhateverTheInputOrder() {
        LintResult r = Samples.mixed();
        List<Finding> sorted = FindingOrder.findings(r);
        assertThat(sorted)
                .extracting(f -> f.file() + ":" + f.line() + ":" + f.column() + " "
                        + f.rule().code())
                .containsExactly(
                        "Dockerfile:1:6 IS101",
                        "Dockerfile:2:7 IS520",
                        "Dockerfile:3:5 IS205",
                        "Dockerfile:3:5 IS301",
                        "Dockerfile:4:6 IS010",
                        "services/café/Dockerfile:2:1 IS210",
                        "services/café/Dockerfile:2:5 IS205");
    }
}
