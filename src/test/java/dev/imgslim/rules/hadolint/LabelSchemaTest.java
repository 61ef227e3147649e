package dev.imgslim.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.syntax.DockerfileParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The label rules are driven by the configured label-schema and strict-labels, built here as a {@link Config}. */
class LabelSchemaTest {
    private static final String FILE = """
            FROM debian:bookworm-slim AS build
            LABEL org.example.stage=build

            FROM debian:bookworm-slim
            LABEL org.opencontainers.image.url=example.com \\
                  org.opencontainers.image.created=yesterday \\
                  org.opencontainers.image.licenses="Apache 2" \\
                  org.opencontainers.image.revision=main \\
                  org.opencontainers.image.version=v1 \\
                  org.opencontainers.image.authors="Team <t@example.com>" \\
                  org.opencontainers.image.title="" \\
                  com.example.extra=1
            """;

    private static Config config(Map<String, String> schema, boolean strict) {
        Config d = Config.defaults();
        return new Config(
                d.ignore(),
                d.severity(),
                d.failureThreshold(),
                d.format(),
                d.trustedRegistries(),
                schema,
                strict,
                d.catalog(),
                d.mirrors(),
                d.shellcheck(),
                null,
                Map.of(),
                List.of());
    }

    private static List<String> lint(Config config) throws Exception {
        var file = new DockerfileParser().parse("Dockerfile", FILE);
        List<Rule> labelRules = BuiltinRules.family("hadolint").stream()
                .filter(r -> r.meta().name().startsWith("label-"))
                .toList();
        List<Finding> fs = new LintEngine(labelRules).lint(file, new LintOptions(config, Map.of(), null, null, null));
        return fs.stream().map(f -> f.line() + " " + f.rule().name()).toList();
    }

    @Test
    void withoutASchemaOnlyTheKeyFormatIsChecked() throws Exception {
        assertThat(lint(Config.defaults())).isEmpty();
    }

    @Test
    void eachTypeDrivesItsRule() throws Exception {
        Map<String, String> schema = new LinkedHashMap<>();
        schema.put("org.opencontainers.image.url", "url");
        schema.put("org.opencontainers.image.created", "rfc3339");
        schema.put("org.opencontainers.image.licenses", "spdx");
        schema.put("org.opencontainers.image.revision", "hash");
        schema.put("org.opencontainers.image.version", "semver");
        schema.put("org.opencontainers.image.authors", "email");
        schema.put("org.opencontainers.image.title", "text");
        schema.put("org.opencontainers.image.source", "url");
        assertThat(lint(config(schema, false)))
                .containsExactlyInAnyOrder(
                        "4 label-missing",
                        "5 label-invalid-url",
                        "6 label-invalid-rfc3339",
                        "7 label-invalid-spdx",
                        "8 label-invalid-git-hash",
                        "9 label-invalid-semver",
                        "10 label-invalid-email",
                        "11 label-empty");
    }

    @Test
    void strictLabelsReportsLabelsOutsideTheSchemaInEveryStage() throws Exception {
        Map<String, String> schema = Map.of("org.opencontainers.image.title", "TEXT");
        List<String> found = lint(config(schema, true));
        assertThat(found)
                .contains("2 label-not-in-schema", "12 label-not-in-schema", "11 label-empty")
                .doesNotContain("4 label-missing");
        assertThat(lint(config(schema, false))).noneMatch(s -> s.endsWith("label-not-in-schema"));
    }

    @Test
    void aTypeTheSchemaDoesNotUseStaysQuiet() throws Exception {
        assertThat(lint(config(Map.of("org.opencontainers.image.url", "text"), false)))
                .noneMatch(s -> s.contains("invalid"));
    }
}
