package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What CI systems rely on: stable fingerprints, clean paths, each file once, true columns. */
class ReportsForCiTest {
    @TempDir
    Path dir;

    private static final String DOCKERFILE = "FROM python:3.12\n"
            + "RUN apt-get update\n"
            + "RUN apt-get install -y curl jq\n"
            + "RUN pip install requests\n"
            + "COPY . /app\n"
            + "RUN apt-get install -y curl jq\n";

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> fingerprints(String json, String format) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> out = new ArrayList<>();
        if (format.equals("gitlab")) {
            for (JsonNode issue : root) out.add(issue.get("fingerprint").asText());
        } else {
            for (JsonNode r : root.path("runs").get(0).path("results"))
                out.add(r.path("partialFingerprints").elements().next().asText());
        }
        return out;
    }

    @Test
    void fingerprintsDoNotDependOnLineNumbers() throws Exception {
        Path df = write("Dockerfile", DOCKERFILE);
        for (String format : new String[] {"gitlab", "sarif"}) {
            List<String> before = fingerprints(
                    Cli.run("lint", "--no-fail", "-f", format, df.toString()).out(), format);
            Files.writeString(
                    df, "# syntax=docker/dockerfile:1\n\n# a comment and a blank line above everything\n" + DOCKERFILE);
            List<String> after = fingerprints(
                    Cli.run("lint", "--no-fail", "-f", format, df.toString()).out(), format);
            Files.writeString(df, DOCKERFILE);
            assertThat(before).as(format).hasSizeGreaterThan(5).doesNotHaveDuplicates();
            assertThat(after).as(format).containsExactlyInAnyOrderElementsOf(before);
        }
    }

    @Test
    void aFileNamedTwiceIsLintedOnceUnderACleanName() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("svc"));
        Path df = write("svc/Dockerfile", DOCKERFILE);
        String dotted = dir + "/./svc/../svc/Dockerfile";
        Cli r = Cli.run("lint", "--no-fail", "-f", "json", df.toString(), dotted, sub.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> files = new ArrayList<>();
        root.path("findings").forEach(f -> files.add(f.path("file").asText()));
        assertThat(files).isNotEmpty().allMatch(df.toString()::equals);
        Cli once = Cli.run("lint", "--no-fail", "-f", "json", df.toString());
        assertThat(new ObjectMapper().readTree(once.out()).path("findings").size())
                .isEqualTo(root.path("findings").size());
    }

    @Test
    void aSymlinkedDockerfileInAFolderIsFound() throws Exception {
        Path shared = write("shared/base.Dockerfile", DOCKERFILE);
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.createSymbolicLink(app.resolve("Dockerfile"), shared);
        Cli r = Cli.run("lint", "--no-fail", "-f", "plain", app.toString());
        assertThat(r.out()).contains(app.resolve("Dockerfile") + ":1:6: warning: [IS101 fat-base-variant]");
    }

    @Test
    void aByteOrderMarkIsNotAColumn() throws Exception {
        Path bom = dir.resolve("Dockerfile");
        byte[] text = ("\uFEFF" + DOCKERFILE).getBytes(StandardCharsets.UTF_8);
        Files.write(bom, text);
        Cli plain = Cli.run("lint", "--no-fail", "-f", "plain", bom.toString());
        assertThat(plain.out()).contains(bom + ":1:6: warning: [IS101 fat-base-variant]");
        Cli tty = Cli.run("lint", "--no-fail", "-f", "tty", "--no-color", bom.toString());
        assertThat(tty.out()).contains(" 1 | FROM python:3.12\n   |      ^~~~~~~~~~~\n");
    }

    @Test
    void theCaretLinesUpAfterWideCharacters() throws Exception {
        // 日本 are two cells each in a terminal: the caret must move two cells per character
        Path df = write("Dockerfile", "FROM alpine\nLABEL 説明=\"日本\" maintainer=\"x\"\nRUN apt-get update\n");
        Cli tty = Cli.run("lint", "--no-fail", "-f", "tty", "--no-color", df.toString());
        String out = tty.out();
        int at = out.indexOf(" 2 | LABEL");
        assertThat(at).as(out).isPositive();
        String[] lines = out.substring(at).split("\n");
        String marker = lines[1].substring(lines[1].indexOf('|') + 2);
        // the marker's cell position must equal the cells before the span in the source line
        String source = lines[0].substring(lines[0].indexOf('|') + 2);
        int caretCells = marker.indexOf('^');
        int expected = 0;
        for (int i = 0; i < source.length() && expected < caretCells; ) {
            int cp = source.codePointAt(i);
            i += Character.charCount(cp);
            expected += cp >= 0x2E80 ? 2 : 1;
        }
        assertThat(expected)
                .as("caret at a character boundary in cells:\n" + lines[0] + "\n" + lines[1])
                .isEqualTo(caretCells);
    }

    @Test
    void sizeInFormatsWithoutAPlaceForItGoesToStderrSaidSo() throws Exception {
        Path df = write("Dockerfile", DOCKERFILE);
        for (String format : new String[] {"github", "gitlab", "checkstyle", "junit"}) {
            Cli r = Cli.run("lint", "--no-fail", "--size", "-f", format, df.toString());
            assertThat(r.err())
                    .as(format)
                    .contains("imgslim: --size: the " + format + " format has no place for the size report")
                    .contains("python:3.12");
        }
        Cli json = Cli.run("lint", "--no-fail", "--size", "-f", "json", df.toString());
        assertThat(json.err()).doesNotContain("no place");
        assertThat(new ObjectMapper().readTree(json.out()).has("size")).isTrue();
    }
}
