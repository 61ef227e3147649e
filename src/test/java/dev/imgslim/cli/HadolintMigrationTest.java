package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgslim.config.ConfigLoader;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving from hadolint: its pragmas, its config file and its codes work in imgslim, through the CLI. */
class HadolintMigrationTest {
    @TempDir
    Path dir;

    private static final String APT = "RUN apt-get update && apt-get install -y --no-install-recommends curl\n";

    private Path dockerfile(String text) throws Exception {
        Path df = dir.resolve("Dockerfile");
        Files.writeString(df, text);
        return df;
    }

    private static String lint(Path df, String... more) {
        List<String> args = new ArrayList<>(List.of("lint", "--format", "plain", "--no-shellcheck"));
        args.addAll(List.of(more));
        args.add(df.toString());
        return Cli.run(args.toArray(String[]::new)).out();
    }

    @Test
    void hadolintPragmasSilenceTheRulesThatCarryTheirDlCode() throws Exception {
        Path df = dockerfile("FROM debian:bookworm\n# hadolint ignore=DL3009\n" + APT + APT);
        String out = lint(df);
        assertThat(out.lines()
                        .filter(l -> l.contains("[IS302 apt-lists-not-removed]"))
                        .map(l -> l.split(":")[l.split(":").length > 1 ? 1 : 0]))
                .as("IS302 only on line 4: %s", out)
                .containsExactly("4");
        df = dockerfile("FROM debian:bookworm\n# hadolint ignore=DL3008,DL3009 # reason: pinned elsewhere\n" + APT);
        assertThat(lint(df)).doesNotContain("apt-lists-not-removed");
        df = dockerfile("# hadolint global ignore=DL3009\nFROM debian:bookworm\n" + APT + APT);
        assertThat(lint(df)).doesNotContain("apt-lists-not-removed");
        // Another DL code leaves the rule alone.
        df = dockerfile("FROM debian:bookworm\n# hadolint ignore=DL3008\n" + APT);
        assertThat(lint(df)).contains(":3:5: warning: [IS302 apt-lists-not-removed]");
    }

    @Test
    void rulesJsonListsTheDlAliasOfEveryRuleThatHasOne() throws Exception {
        Cli r = Cli.run("rules", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode rules = new ObjectMapper().readTree(r.out());
        int withDl = 0;
        for (Rule rule : BuiltinRules.all()) {
            JsonNode listed = null;
            for (JsonNode n : rules)
                if (n.get("name").asText().equals(rule.meta().name())) listed = n;
            assertThat(listed).as("rule %s listed", rule.meta().name()).isNotNull();
            List<String> aliases = new ArrayList<>();
            listed.get("aliases").forEach(a -> aliases.add(a.asText()));
            assertThat(aliases).containsExactlyElementsOf(rule.meta().aliases());
            if (aliases.stream().anyMatch(a -> a.matches("DL\\d{4}"))) withDl++;
        }
        assertThat(withDl).isPositive();
        JsonNode apt = null;
        for (JsonNode n : rules) if (n.get("code").asText().equals("IS302")) apt = n;
        assertThat(apt.get("aliases").toString()).contains("DL3009");
    }

    @Test
    void importHadolintWritesAConfigThatLintUses() throws Exception {
        Path hadolint = dir.resolve(".hadolint.yaml");
        Files.writeString(hadolint, "ignored: [DL3009]\noverride:\n  error: [SC2086]\nfailure-threshold: none\n");
        Cli r = Cli.run("config", "import-hadolint", hadolint.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path written = dir.resolve(".imgslim.yaml");
        assertThat(r.out())
                .contains(
                        "wrote " + written,
                        "mapped: ignored -> ignore: DL3009",
                        "mapped: override -> severity: SC2086=error",
                        "not mapped: failure-threshold: none");
        assertThat(ConfigLoader.load(written).ignore()).containsExactly("DL3009");
        Path df = dockerfile("FROM debian:bookworm\n" + APT);
        assertThat(lint(df, "--config", written.toString())).doesNotContain("apt-lists-not-removed");
        assertThat(lint(df)).contains("apt-lists-not-removed");
    }

    @Test
    void importHadolintRefusesToOverwriteWithoutForceAndHonoursOutput() throws Exception {
        Path hadolint = dir.resolve("hadolint.yml");
        Files.writeString(hadolint, "ignored: [DL3009]\n");
        Path existing = dir.resolve(".imgslim.yaml");
        Files.writeString(existing, "ignore: [keep-me]\n");
        Cli refused = Cli.run("config", "import-hadolint", hadolint.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err().strip())
                .isEqualTo(existing + ":1:1: error: already exists; pass --force to overwrite it");
        assertThat(Files.readString(existing)).isEqualTo("ignore: [keep-me]\n");
        assertThat(Cli.run("config", "import-hadolint", "--force", hadolint.toString())
                        .exitCode())
                .isZero();
        assertThat(ConfigLoader.load(existing).ignore()).containsExactly("DL3009");
        Path other = dir.resolve("sub/imgslim.yaml");
        Cli toOther = Cli.run("config", "import-hadolint", "--output", other.toString(), hadolint.toString());
        assertThat(toOther.exitCode()).as(toOther.err()).isZero();
        assertThat(ConfigLoader.load(other).ignore()).containsExactly("DL3009");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void importHadolintBadInputIsFileLineColumnAndExit2() throws Exception {
        Path hadolint = dir.resolve(".hadolint.yaml");
        Files.writeString(hadolint, "ignored: [DL3009]\nstrict-labels: sometimes\n");
        Cli bad = Cli.run("config", "import-hadolint", hadolint.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).isEqualTo(hadolint + ":2:1: error: 'strict-labels' must be true or false");
        assertThat(dir.resolve(".imgslim.yaml")).doesNotExist();
        Cli missing =
                Cli.run("config", "import-hadolint", dir.resolve("nope.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.yaml:1:1: error: no such file");
        Cli folder = Cli.run("config", "import-hadolint", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(folder.err()).contains(":1:1: error: is a directory");
        // No file named and none in the current folder (the repository root has no .hadolint.yaml).
        assertThat(Path.of(".hadolint.yaml")).doesNotExist();
        Cli none = Cli.run("config", "import-hadolint");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).startsWith(".hadolint.yaml:1:1: error: no such file");
    }

    @Test
    void importHadolintNotesCodesNoRuleCarriesYet() throws Exception {
        Path hadolint = dir.resolve(".hadolint.yaml");
        Files.writeString(hadolint, "ignored: [DL3009, DL9999, SC2086]\n");
        Cli r = Cli.run("config", "import-hadolint", hadolint.toString());
        assertThat(r.out())
                .contains("note: DL9999 names no imgslim rule yet")
                .doesNotContain("note: DL3009")
                .doesNotContain("note: SC2086");
        assertThat(Cli.run("--help").out()).contains("config");
        assertThat(Cli.run("config", "--help").out()).contains("import-hadolint");
    }
}
