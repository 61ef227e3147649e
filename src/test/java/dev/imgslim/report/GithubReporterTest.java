package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void matchesGolden() {
        Golden.assertMatches("github", Samples.render("github", Samples.mixed()));
    }

    @Test
    void escapesLikeTheActionsToolkit() {
        assertThat(GithubReporter.data("100% a:b, c\r\nd")).isEqualTo("100%25 a:b, c%0D%0Ad");
        assertThat(GithubReporter.property("100% a:b, c\r\nd")).isEqualTo("100%25 a%3Ab%2C c%0D%0Ad");
    }

    @Test
    void oneCommandPerLineWhateverTheMessage() {
        String out = Samples.render("github", Samples.mixed());
        assertThat(out.split("\n"))
                .hasSize(8)
                .allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ") || l.startsWith("::notice "));
    }

    @Test
    void multiLineSpansSendNoColumns() {
        Finding f = Samples.mixed().findings().get(0); // IS210 over lines 2-3
        assertThat(GithubReporter.command(f))
                .startsWith("::notice file=services/café/Dockerfile,line=2,endLine=3,title=IS210 consecutive-run::");
    }

    @Test
    void levels() {
        assertThat(GithubReporter.level(Severity.ERROR)).isEqualTo("error");
        assertThat(GithubReporter.level(Severity.WARNING)).isEqualTo("warning");
        assertThat(GithubReporter.level(Severity.INFO)).isEqualTo("notice");
        assertThat(GithubReporter.level(Severity.STYLE)).isEqualTo("notice");
    }
}
