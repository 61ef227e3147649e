package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imgslim fix} end to end, in-process: diff, --check, --write, stdin, --select/--ignore, errors. */
class FixCliTest {
    private static final String BAD =
            "FROM debian:bookworm\r\n# tools\r\nRUN apt-get update && apt-get install -y --no-install-recommends curl\r\nMAINTAINER me\r\n";

    @TempDir
    Path dir;

    @Test
    void printsADiffAndChangesNothing() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), BAD);
        Cli r = Cli.run("fix", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .startsWith("--- " + f + "\n+++ " + f + "\n@@ -1,4 +1,4 @@\n")
                .contains(
                        "+RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\r\n")
                .contains("+LABEL org.opencontainers.image.authors=\"me\"\r\n");
        assertThat(r.err()).contains("fixable: apt-lists-not-removed, maintainer-deprecated");
        assertThat(Files.readString(f)).isEqualTo(BAD);
    }

    @Test
    void checkExitsOneWhenAFixIsAvailableAndZeroWhenClean() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), BAD);
        assertThat(Cli.run("fix", "--check", f.toString()).exitCode()).isEqualTo(1);
        assertThat(Files.readString(f)).isEqualTo(BAD);
        assertThat(Cli.run("fix", "--write", f.toString()).exitCode()).isZero();
        assertThat(Cli.run("fix", "--check", f.toString()).exitCode()).isZero();
    }

    @Test
    void writeKeepsEveryUntouchedByte() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), BAD);
        Cli r = Cli.run("fix", "--write", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(f))
                .isEqualTo("FROM debian:bookworm\r\n# tools\r\n"
                        + "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\r\n"
                        + "LABEL org.opencontainers.image.authors=\"me\"\r\n");
    }

    @Test
    void stdinGivesTheFixedDockerfileOnStdout() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("FROM debian:bookworm\nENV A b\n".getBytes(StandardCharsets.UTF_8)));
            Cli r = Cli.run("fix", "-");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).isEqualTo("FROM debian:bookworm\nENV A=b\n");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void selectAndIgnoreByCodeNameOrAlias() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), BAD);
        assertThat(Cli.run("fix", "--select", "DL4000", f.toString()).out())
                .contains("+LABEL")
                .doesNotContain("rm -rf");
        assertThat(Cli.run("fix", "--ignore", "IS508,apt-lists-not-removed", f.toString())
                        .out())
                .isEmpty();
        Cli unknown = Cli.run("fix", "--select", "apt-list-not-removed", f.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("unknown rule 'apt-list-not-removed' (did you mean 'apt-lists-not-removed'?)");
    }

    @Test
    void unsafeFixesNeedUnsafe() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), "FROM debian:bookworm\nCMD python app.py\n");
        Cli safe = Cli.run("fix", f.toString());
        assertThat(safe.out()).isEmpty();
        assertThat(safe.err()).contains("not applied").contains("json-args-recommended");
        assertThat(Cli.run("fix", "--unsafe", f.toString()).out()).contains("+CMD [\"python\", \"app.py\"]");
    }

    @Test
    void aReadOnlyFileIsLeftAloneWithAnError() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), BAD);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        Cli r = Cli.run("fix", "--write", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains(f + ":1:1: error: cannot write the fixes (the file is unchanged): the file is read-only");
        assertThat(Files.readString(f)).isEqualTo(BAD);
    }

    @Test
    void aFileThatDoesNotParseIsAnInputError() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), "FROM debian\nFOO bar\n");
        Cli r = Cli.run("fix", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(f + ":2:1: error:");
    }

    @Test
    void rulesJsonSaysWhichKindOfFixEachRuleHas() throws Exception {
        JsonNode rules =
                new ObjectMapper().readTree(Cli.run("rules", "--format", "json").out());
        java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
        rules.forEach(r -> byName.put(r.get("name").asText(), r.get("fixable")));
        assertThat(byName.get("apt-lists-not-removed").asText()).isEqualTo("safe");
        assertThat(byName.get("fragmented-run").asText()).isEqualTo("unsafe");
        assertThat(byName.get("latest-tag").isNull()).isTrue();
    }

    @Test
    void lintSaysWhenAFindingIsFixableAndSarifCarriesTheFix() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), BAD);
        assertThat(Cli.run("lint", "-f", "tty", "--no-color", f.toString()).out())
                .contains("= fixable: imgslim fix --select apt-lists-not-removed");
        JsonNode sarif = new ObjectMapper()
                .readTree(Cli.run("lint", "-f", "sarif", f.toString()).out());
        JsonNode result = null;
        for (JsonNode r : sarif.at("/runs/0/results"))
            if (r.get("ruleId").asText().equals("IS302")) result = r;
        assertThat(result).isNotNull();
        JsonNode replacement = result.at("/fixes/0/artifactChanges/0/replacements/0");
        int at = BAD.indexOf("curl\r\n") + 4;
        assertThat(replacement.at("/deletedRegion/charOffset").asInt()).isEqualTo(at);
        assertThat(replacement.at("/deletedRegion/charLength").asInt()).isZero();
        assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo(" && rm -rf /var/lib/apt/lists/*");
        assertThat(result.at("/fixes/0/properties/safety").asText()).isEqualTo("safe");
    }
}
