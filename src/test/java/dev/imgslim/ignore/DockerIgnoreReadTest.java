package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a .dockerignore: moby's ignorefile.ReadAll behaviour, line numbers, rejected lines. */
class DockerIgnoreReadTest {

    private static List<String> readAll(String text) {
        return IgnoreFileReader.read(text, new ArrayList<>()).stream()
                .map(IgnoreFileReader.Line::pattern)
                .toList();
    }

    @Test
    void readsLikeIgnorefileReadAll() {
        String content = "test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! ";
        assertThat(readAll(content))
                .containsExactly("test1", "test2", "a/file/here", "lastfile", "!inverted/abs/path", "!", "!");
    }

    @Test
    void emptyTextHasNoPatterns() {
        DockerIgnore ignore = DockerIgnore.read("");
        assertThat(ignore.patterns()).isEmpty();
        assertThat(ignore.problems()).isEmpty();
        assertThat(ignore.isExcluded("anything")).isFalse();
    }

    @Test
    void keepsSourceLineNumbersAcrossCommentsAndBlankLines() {
        DockerIgnore ignore = DockerIgnore.read("# deps\nnode_modules\n\n  \n# secrets\n*.env\n!example.env\n");
        assertThat(ignore.patterns())
                .containsExactly(
                        new IgnorePattern("node_modules", false, 2),
                        new IgnorePattern("*.env", false, 6),
                        new IgnorePattern("example.env", true, 7));
        assertThat(ignore.patterns().get(2).source()).isEqualTo("!example.env");
    }

    @Test
    void commentOnlyAtTheVeryStartOfALine() {
        // " # x" is trimmed to the pattern "# x", not a comment
        DockerIgnore ignore = DockerIgnore.read("#comment\n  # not a comment\nfoo # not a comment either\n");
        assertThat(ignore.patterns())
                .extracting(IgnorePattern::text)
                .containsExactly("# not a comment", "foo # not a comment either");
        assertThat(ignore.isExcluded("# not a comment")).isTrue();
    }

    @Test
    void crlfLineEndings() {
        DockerIgnore ignore = DockerIgnore.read("# c\r\n.git\r\n\r\n!keep\r\nlast\r");
        assertThat(ignore.patterns())
                .containsExactly(
                        new IgnorePattern(".git", false, 2),
                        new IgnorePattern("keep", true, 4),
                        new IgnorePattern("last", false, 5));
        assertThat(ignore.isExcluded(".git/config")).isTrue();
    }

    @Test
    void utf8ByteOrderMarkOnTheFirstLineIsDropped() {
        DockerIgnore ignore = DockerIgnore.read("\uFEFF.git\n\uFEFFsecond\n");
        assertThat(ignore.patterns())
                .extracting(IgnorePattern::text)
                .containsExactly(".git", "\uFEFFsecond"); // Docker strips it from line 1 only
        assertThat(ignore.isExcluded(".git")).isTrue();
    }

    @Test
    void byteOrderMarkBeforeACommentStillMakesItAComment() {
        assertThat(DockerIgnore.read("\uFEFF# comment\nx\n").patterns())
                .containsExactly(new IgnorePattern("x", false, 2));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "./a         | a",
                "a/          | a",
                "a//b        | a/b",
                "a/./b       | a/b",
                "a/../b      | b",
                "a/b/../../c | c",
                "../a        | ../a",
                "/../a       | a",
                "/a/b        | a/b",
                "//a         | a",
                "/           | /",
                ".           | .",
                "./          | .",
                "a/**/       | a/**",
                "!./a        | !a",
                "!/a/        | !a",
                "\"  !  a \" | !a",
                "\"\ta\t\"   | a",
            })
    void cleansPathsLikeDocker(String line, String expected) {
        assertThat(IgnoreFileReader.normalize(line)).hasValue(expected);
    }

    @Test
    void blankAndCommentLinesAreDropped() {
        assertThat(IgnoreFileReader.normalize("")).isEmpty();
        assertThat(IgnoreFileReader.normalize(" \t ")).isEmpty();
        assertThat(IgnoreFileReader.normalize("#x")).isEmpty();
    }

    @Test
    void rejectedLinesBecomeProblemsAndTheRestStillWorks() {
        DockerIgnore ignore = DockerIgnore.read("build\n!\n[Local-Only]/\na\\q\n*.log\n");
        assertThat(ignore.problems()).extracting(IgnoreProblem::line).containsExactly(2, 3, 4);
        assertThat(ignore.problems().get(0).message()).contains("illegal exclusion pattern");
        assertThat(ignore.problems().get(1).pattern()).isEqualTo("[Local-Only]");
        assertThat(ignore.patterns()).extracting(IgnorePattern::text).containsExactly("build", "*.log");
        assertThat(ignore.isExcluded("x.log")).isTrue();
    }

    @Test
    void overlongLineIsAProblem() {
        String longLine = "a".repeat(IgnoreFileReader.MAX_LINE_BYTES);
        DockerIgnore ignore = DockerIgnore.read("x\n" + longLine + "\ny\n");
        assertThat(ignore.problems()).extracting(IgnoreProblem::line).containsExactly(2);
        assertThat(ignore.patterns()).extracting(IgnorePattern::line).containsExactly(1, 3);
    }

    @Test
    void goWhitespaceIsNotJavaWhitespace() {
        assertThat(GoWhitespace.trim("\u001Fa")).isEqualTo("\u001Fa"); // Java strip() would remove it
        assertThat(GoWhitespace.trim("\u0085a\u202F")).isEqualTo("a");
        assertThat(IgnoreFileReader.normalize("\u00A0a\u00A0")).hasValue("a");
        assertThat(IgnoreFileReader.normalize("\u2003!\u3000/a")).hasValue("!a");
    }

    @Test
    void goPathClean() {
        assertThat(GoPaths.clean("")).isEqualTo(".");
        assertThat(GoPaths.clean("/..")).isEqualTo("/");
        assertThat(GoPaths.clean("a/../..")).isEqualTo("..");
        assertThat(GoPaths.clean("../../a/")).isEqualTo("../../a");
    }
}
