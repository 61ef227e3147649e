package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.shellcheck.ShellcheckInstalled;
import dev.imgslim.syntax.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors users hit before the model carried positions, options and one shell decision (issue 10, item 6). */
class ModelCasesTest {

    private static List<Finding> lint(String text) throws Exception {
        // with the test JVM's shellcheck, as a CLI run finds it on its environment's PATH
        LintOptions options = new LintOptions(
                dev.imgslim.config.Config.defaults(),
                java.util.Map.of(),
                null,
                null,
                null,
                null,
                null,
                dev.imgslim.rules.shellcheck.ShellcheckInstalled.path());
        return LintEngine.builtin().lint(new DockerfileParser().parse("Dockerfile", text), options);
    }

    private static List<String> located(String text, String rule) throws Exception {
        return lint(text).stream()
                .filter(f -> f.rule().name().equals(rule))
                .map(f -> f.line() + ":" + f.column())
                .toList();
    }

    @Test
    void aptOptionsBeforeTheVerbDoNotHideUpdateOrInstall() throws Exception {
        String withOptions = "FROM debian:bookworm\n"
                + "RUN apt-get -o Acquire::Retries=3 update && apt-get -o Acquire::Retries=3 install -y gcc\n";
        String without = "FROM debian:bookworm\nRUN apt-get update && apt-get install -y gcc\n";
        for (String rule : List.of("apt-lists-not-removed", "apt-install-recommends")) {
            assertThat(located(without, rule)).as(rule + " without -o").hasSize(1);
            assertThat(located(withOptions, rule)).as(rule + " with -o").hasSize(1);
        }
        assertThat(located(
                        "FROM debian:bookworm\nRUN apt-get -o Acquire::Retries=3 update && apt-get -o Acquire::Retries=3"
                                + " install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*\n",
                        "apt-lists-not-removed"))
                .isEmpty();
    }

    @Test
    void everyExposedPortIsReportedWhereItStands() throws Exception {
        assertThat(located("FROM debian:bookworm\nEXPOSE 180/TCP 80/TCP\n", "expose-proto-casing"))
                .containsExactly("2:8", "2:16");
        assertThat(located("FROM debian:bookworm\nEXPOSE 80/tcp 443\n", "expose-proto-casing"))
                .isEmpty();
    }

    @Test
    void backtickEscapeOnALinuxBaseKeepsTheLinuxShell() throws Exception {
        ShellcheckInstalled.require();
        String text =
                "# escape=`\nFROM debian:bookworm\nRUN curl -fsSL https://example.com/a.tgz | tar xz && echo $HOME_DIR\n";
        List<Finding> findings = lint(text);
        assertThat(findings).extracting(f -> f.rule().name()).contains("pipe-without-pipefail");
        assertThat(findings)
                .extracting(f -> f.rule().code())
                .as("ShellCheck runs: the stage is Linux")
                .contains("SC2086");
        String windows =
                "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -fsSL https://example.com/a.tgz | tar xz && echo $HOME_DIR\n";
        assertThat(lint(windows))
                .extracting(f -> f.rule().name())
                .doesNotContain("pipe-without-pipefail")
                .noneMatch(n -> n.startsWith("SC"));
    }
}
