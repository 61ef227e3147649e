package dev.imgslim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hadolint's config keys become imgslim's, and the written file loads as an imgslim config. */
class HadolintImportTest {
    @TempDir
    Path dir;

    private static final String FULL = """
            ignored:
              - DL3008
              - SC2086
            override:
              error: [DL3001, DL3002]
              warning:
                - DL3042
              info: [DL3032]
              style: [DL3015]
            trustedRegistries:
              - docker.io
              - "my-company.com:5000"
            label-schema:
              author: text
              version: semver
            strict-labels: true
            failure-threshold: error
            format: sarif
            no-fail: false
            """;

    @Test
    void everyMappedKeyRoundTripsThroughConfigLoader() throws Exception {
        HadolintImport.Result r = HadolintImport.convert(dir.resolve(".hadolint.yaml"), FULL);
        assertThat(r.notMapped()).containsExactly("no-fail: false (not a setting in imgslim; pass --no-fail)");
        assertThat(r.mapped()).hasSize(7);
        assertThat(r.ruleIds()).containsExactly("DL3008", "SC2086", "DL3001", "DL3002", "DL3042", "DL3032", "DL3015");
        Path out = dir.resolve(".imgslim.yaml");
        Files.writeString(out, r.yaml(".hadolint.yaml"));
        Config c = ConfigLoader.load(out);
        assertThat(c.ignore()).containsExactly("DL3008", "SC2086");
        assertThat(c.severity())
                .containsExactly(
                        Map.entry("DL3001", Severity.ERROR),
                        Map.entry("DL3002", Severity.ERROR),
                        Map.entry("DL3042", Severity.WARNING),
                        Map.entry("DL3032", Severity.INFO),
                        Map.entry("DL3015", Severity.STYLE));
        assertThat(c.trustedRegistries()).containsExactly("docker.io", "my-company.com:5000");
        assertThat(c.labelSchema()).containsExactly(Map.entry("author", "text"), Map.entry("version", "semver"));
        assertThat(c.strictLabels()).isTrue();
        assertThat(c.failureThreshold()).isEqualTo(Severity.ERROR);
        assertThat(c.format()).isEqualTo("sarif");
        assertThat(Files.readString(out)).startsWith("# imgslim settings imported from .hadolint.yaml");
    }

    @Test
    void oneRegistryAsAStringAndFormatsImgslimHasUnderAnotherName() throws Exception {
        var r = HadolintImport.convert(Path.of(".hadolint.yaml"), "trustedRegistries: docker.io\nformat: gnu\n");
        assertThat(r.settings())
                .containsEntry("trusted-registries", List.of("docker.io"))
                .containsEntry("format", "plain");
        assertThat(HadolintImport.convert(Path.of("h"), "format: gitlab_codeclimate\n")
                        .settings())
                .containsEntry("format", "gitlab");
        assertThat(HadolintImport.convert(Path.of("h"), "format: sonarqube\n").notMapped())
                .singleElement()
                .asString()
                .startsWith("format: sonarqube");
    }

    @Test
    void whatCannotBeMappedIsSaid() {
        var r = HadolintImport.convert(
                Path.of(".hadolint.yaml"),
                "failure-threshold: none\nno-color: true\ndisable-ignore-pragma: true\ncolour: red\n");
        assertThat(r.settings()).isEmpty();
        assertThat(r.notMapped())
                .containsExactly(
                        "failure-threshold: none (imgslim has no such level; pass --no-fail to never fail on findings)",
                        "no-color: true (not a setting in imgslim; pass --no-color or set NO_COLOR)",
                        "disable-ignore-pragma: true (imgslim always honours inline ignores)",
                        "colour (not a hadolint setting imgslim knows)");
        assertThat(HadolintImport.convert(Path.of("h"), "failure-threshold: ignore\n")
                        .notMapped())
                .hasSize(1);
    }

    @Test
    void emptyFileWritesALoadableEmptyConfig() throws Exception {
        var r = HadolintImport.convert(Path.of("h"), "");
        Path out = dir.resolve("x.yaml");
        Files.writeString(out, r.yaml("h"));
        assertThat(ConfigLoader.load(out).ignore()).isEmpty();
    }

    @Test
    void badInputSaysFileLineAndColumn() {
        Path f = Path.of(".hadolint.yaml");
        assertThatThrownBy(() -> HadolintImport.convert(f, "ignored: DL3008\n"))
                .hasMessage(".hadolint.yaml:1:1: error: 'ignored' must be a list");
        assertThatThrownBy(() -> HadolintImport.convert(f, "ignored: [DL3008]\noverride:\n  fatal: [DL3001]\n"))
                .hasMessage(
                        ".hadolint.yaml:2:1: error: override.fatal: unknown level (expected error, warning, info or style)");
        assertThatThrownBy(() -> HadolintImport.convert(f, "# c\n  strict-labels: maybe\n"))
                .hasMessage(".hadolint.yaml:2:3: error: 'strict-labels' must be true or false");
        assertThatThrownBy(() -> HadolintImport.convert(f, "failure-threshold: fatal\n"))
                .hasMessageStartingWith(".hadolint.yaml:1:1: error: failure-threshold: unknown level 'fatal'");
        assertThatThrownBy(() -> HadolintImport.convert(f, "- DL3008\n"))
                .hasMessage(".hadolint.yaml:1:1: error: a hadolint config must be a mapping of settings");
        assertThatThrownBy(() -> HadolintImport.convert(f, "ignored: [DL3008\nformat: tty\n"))
                .hasMessageStartingWith(".hadolint.yaml:2:")
                .hasMessageContaining(": error: invalid YAML: ");
        assertThatThrownBy(() -> HadolintImport.convert(f, "label-schema: [author]\n"))
                .hasMessageStartingWith(".hadolint.yaml:1:1: error: 'label-schema' must map");
        assertThatThrownBy(() -> HadolintImport.read(dir.resolve("missing.yaml")))
                .hasMessageEndingWith("missing.yaml:1:1: error: no such file");
    }
}
