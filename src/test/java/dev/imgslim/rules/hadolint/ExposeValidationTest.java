package dev.imgslim.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.DockerfileParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every EXPOSE value Docker's port parser rejects is reported, not only large numbers; valid forms stay quiet. */
class ExposeValidationTest {

    private static List<String> lint(String expose) throws Exception {
        var file = new DockerfileParser().parse("Dockerfile", "FROM nginx:1.27\nEXPOSE " + expose + "\n");
        List<Finding> fs = new LintEngine(List.of(new PortOutOfRange()))
                .lint(file, new LintOptions(Config.defaults(), Map.of(), null, null, null));
        return fs.stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.message())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "99999                | port 99999 is out of range (0-65535)",
                "99999999999999999999 | port 99999999999999999999 is out of range (0-65535)",
                "1-99999999999999     | port 99999999999999 is out of range (0-65535)",
                "80-70/tcp            | port range 80-70 ends before it starts",
                "-1                   | '-1' is not a port: expected a number from 0 to 65535 or a range such as 8000-8010",
                "0x50                 | '0x50' is not a port: expected a number from 0 to 65535 or a range such as 8000-8010",
                "abc                  | 'abc' is not a port: expected a number from 0 to 65535 or a range such as 8000-8010",
                "80/xyz               | '80/xyz' has an unknown protocol 'xyz' (tcp, udp or sctp)",
            })
    void invalid(String value, String message) throws Exception {
        assertThat(lint(value)).containsExactly("2:8 " + message);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "80",
                "0",
                "65535",
                "443/tcp",
                "53/udp",
                "9/sctp",
                "80/TCP",
                "8000-8010",
                "8000-8000/udp",
                "00080",
                "8080:80",
                "${PORT}"
            })
    void valid(String value) throws Exception {
        assertThat(lint(value)).isEmpty();
    }
}
