package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad input gets {@code file:line:col: error: message} on stderr and exit code 2, never a stack trace. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void assertInputError(Cli r, String file, int line, int col, String fragment) {
        assertThat(r.exitCode()).as("exit code; stderr=%s", r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err())
                .contains(file + ":" + line + ":" + col + ": error: ")
                .contains(fragment);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown instruction   | FROM alpine\\nFORM x\\n                         | 2 | 1  | unknown instruction: FORM (did you mean FROM?)",
                "unterminated heredoc  | FROM alpine\\nRUN <<EOF\\necho hi\\n               | 2 | 1  | unterminated heredoc",
                "repeated directive    | # escape=`\\n# escape=\\\\\\nFROM alpine\\n       | 2 | 1  | only one escape parser directive",
                "bad escape directive  | # escape=x\\nFROM alpine\\n                         | 1 | 1  | invalid escape token",
                "bad flag              | FROM alpine\\nCOPY --frm=a b /c\\n                  | 2 | 6  | unknown flag: --frm",
                "non-string JSON       | FROM alpine\\nCMD [\"a\", 1]\\n                      | 2 | 1  | JSON arrays must contain only strings",
                "legacy ENV one word   | FROM alpine\\nENV ONLYKEY\\n                        | 2 | 1  | ENV must have two arguments",
                "comments only         | # nothing here\\n                                   | 1 | 1  | file with no instructions",
                "COPY one argument     | FROM alpine\\nCOPY onlysource\\n                    | 2 | 1  | COPY requires at least two arguments",
            })
    void parseErrors(String name, String text, int line, int col, String message) throws Exception {
        Path p = write("Dockerfile", text.strip().replace("\\n", "\n").replace("\\\\", "\\") + "\n");
        assertInputError(Cli.run("lint", p.toString()), p.toString(), line, col, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint", "parse"})
    void missingFile(String command) {
        String missing = dir.resolve("nope/Dockerfile").toString();
        assertInputError(Cli.run(command, missing), missing, 1, 1, "no such file");
    }

    @Test
    void directoryGivenToParse() {
        assertInputError(Cli.run("parse", dir.toString()), dir.toString(), 1, 1, "is a directory");
    }

    @Test
    void emptyFile() throws Exception {
        Path p = write("Dockerfile", "");
        assertInputError(Cli.run("lint", p.toString()), p.toString(), 1, 1, "file with no instructions");
    }

    @Test
    void binaryAndNonUtf8Bytes() throws Exception {
        Path bin = dir.resolve("Dockerfile");
        Files.write(
                bin, new byte[] {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'R', 'U', 'N', ' ', (byte) 0xff, (byte) 0xfe, 0});
        assertInputError(Cli.run("lint", bin.toString()), bin.toString(), 2, 5, "not valid UTF-8");
        Path latin1 = dir.resolve("latin1.Dockerfile");
        Files.write(latin1, "FROM a\nLABEL x=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertInputError(
                Cli.run("parse", "--dump", "json", latin1.toString()), latin1.toString(), 2, 12, "not valid UTF-8");
    }

    @Test
    void badFileAmongGoodOnesStillLintsTheOthers() throws Exception {
        Path good = write("good.Dockerfile", "FROM alpine:3.20\nRUN echo hi\n");
        Path bad = write("bad.Dockerfile", "FROM alpine\nFORM x\n");
        Cli r = Cli.run("lint", "--format", "plain", good.toString(), bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(bad + ":2:1: error: unknown instruction");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("lint", "--no-such-option", "Dockerfile");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option").contains("--help");
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        Path p = write("Dockerfile", "FROM alpine:3.20\n");
        Cli r = Cli.run("lint", "--format", "yaml", p.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown format 'yaml'");
    }

    @Test
    void badConfigFile() throws Exception {
        Path df = write("Dockerfile", "FROM alpine:3.20\n");
        Path cfg = write("bad.yaml", "ignore: [a\nseverity: {");
        Cli r = Cli.run("lint", "--config", cfg.toString(), df.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith(cfg + ":").contains("error: invalid YAML");
    }

    @Test
    void badCatalogSectionInTheConfigIsAnInputError() throws Exception {
        Path df = write("Dockerfile", "FROM python:3.12\n");
        Path cfg = write("cat.yaml", "catalog:\n  families:\n    - id: x\n      bogus: 1\n");
        Cli r = Cli.run("lint", "--config", cfg.toString(), df.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err())
                .startsWith(cfg + ":1:1: error: catalog:")
                .contains("bogus")
                .doesNotContain("\tat ");
    }
}
