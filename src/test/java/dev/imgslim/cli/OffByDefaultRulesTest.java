package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that ship off by default (healthcheck-missing here) run only when enabled: {@code enable:} in
 * {@code .imgslim.yaml} or {@code lint --enable}, by code, name or DL alias; an unknown id is a usage
 * error with a suggestion on the command line and a warning at its entry in the config.
 */
class OffByDefaultRulesTest {
    @TempDir
    Path dir;

    private Path dockerfile() throws Exception {
        Path df = dir.resolve("Dockerfile");
        Files.writeString(df, "FROM debian:bookworm-slim\nUSER 10001\nCMD [\"/bin/true\"]\n");
        return df;
    }

    @Test
    void offUntilEnabledByFlagInAnySpelling() throws Exception {
        Path df = dockerfile();
        assertThat(Cli.run("lint", "-f", "plain", "--no-shellcheck", df.toString())
                        .out())
                .doesNotContain("healthcheck-missing");
        for (String id : new String[] {"healthcheck-missing", "IS651", "DL3057", "dl3057"}) {
            Cli r = Cli.run("lint", "-f", "plain", "--no-shellcheck", "--enable", id, df.toString());
            assertThat(r.out()).as("--enable %s", id).contains(df + ":1:1: info: [IS651 healthcheck-missing]");
            assertThat(r.exitCode())
                    .as("an info finding is below the default threshold")
                    .isZero();
        }
        // ignore wins over enable
        assertThat(Cli.run(
                                "lint",
                                "-f",
                                "plain",
                                "--no-shellcheck",
                                "--enable",
                                "DL3057",
                                "--ignore",
                                "healthcheck-missing",
                                df.toString())
                        .out())
                .doesNotContain("healthcheck-missing");
    }

    @Test
    void enabledInTheConfig() throws Exception {
        Path df = dockerfile();
        Path cfg = dir.resolve(".imgslim.yaml");
        Files.writeString(cfg, "enable:\n  - DL3057\n  - healtcheck-missing\n");
        Cli r = Cli.run("lint", "-f", "plain", "--no-shellcheck", "-c", cfg.toString(), df.toString());
        assertThat(r.out()).contains("[IS651 healthcheck-missing]");
        assertThat(r.err())
                .contains(
                        cfg
                                + ":3:5: warning: enable: unknown rule 'healtcheck-missing' (did you mean 'healthcheck-missing'?)");
        Files.writeString(cfg, "enable: healthcheck-missing\n");
        Cli bad = Cli.run("lint", "-f", "plain", "-c", cfg.toString(), df.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains(cfg + ":1:9: error: 'enable' must be a list");
    }

    @Test
    void unknownRuleOnTheCommandLineIsAUsageErrorWithASuggestion() throws Exception {
        Cli r = Cli.run("lint", "--enable", "healthcheck-misssing", dockerfile().toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("--enable: unknown rule 'healthcheck-misssing' (did you mean 'healthcheck-missing'?)");
        assertThat(Cli.run("lint", "--enable", "", dockerfile().toString()).err())
                .contains("--enable: empty rule name");
    }

    @Test
    void rulesListSaysWhichAreOff() {
        Cli text = Cli.run("rules");
        assertThat(text.out().lines().filter(l -> l.startsWith("IS651")))
                .singleElement()
                .asString()
                .contains("[off by default: --enable healthcheck-missing]");
        assertThat(text.out().lines().filter(l -> l.startsWith("IS601")))
                .singleElement()
                .asString()
                .doesNotContain("off by default");
        Cli json = Cli.run("rules", "--format", "json");
        assertThat(json.out().replaceAll("\\s+", ""))
                .contains("\"code\":\"IS651\"")
                .containsPattern("\"name\":\"healthcheck-missing\"[^}]*\"enabledByDefault\":false")
                .containsPattern("\"name\":\"last-user-root\"[^}]*\"enabledByDefault\":true");
    }
}
