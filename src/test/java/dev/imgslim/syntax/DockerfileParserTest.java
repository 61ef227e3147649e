package dev.imgslim.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BuildKit's parser semantics on inline cases, with the positions imgslim adds. */
class DockerfileParserTest {

    private static Dockerfile parse(String text) throws DockerfileParseException {
        return new DockerfileParser().parse("Dockerfile", text);
    }

    private static String dump(String text) throws DockerfileParseException {
        return BuildKitDump.dump(parse(text));
    }

    @Test
    void heredocBasics() throws Exception {
        Dockerfile df = parse("FROM busybox\nRUN <<EOF\necho hello\necho world\nEOF\nRUN echo after\n");
        Instruction run = df.instructions().get(1);
        assertThat(run.heredocs()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("EOF");
            assertThat(h.content()).isEqualTo("echo hello\necho world\n");
            assertThat(h.expand()).isTrue();
            assertThat(h.chomp()).isFalse();
            assertThat(h.bodyStartLine()).isEqualTo(3);
        });
        assertThat(run.span().startLine()).isEqualTo(2);
        assertThat(run.span().endLine()).isEqualTo(5);
        assertThat(df.instructions().get(2).line()).isEqualTo(6);
        assertThat(dump("FROM busybox\nRUN <<EOF\necho hello\nEOF\n"))
                .isEqualTo("(from \"busybox\")\n(run \"<<EOF\")\n");
    }

    @Test
    void quotedDelimiterDisablesExpansionAndChompStripsTabs() throws Exception {
        Dockerfile df = parse(
                "FROM busybox\nRUN <<'EOF' cat\n$HOME\nEOF\nRUN <<-\"END\"\n\techo x\n\tEND\nCOPY <<a.txt <<b.txt /dest/\nA\na.txt\nB\nb.txt\n");
        assertThat(df.instructions().get(1).heredocs().get(0).expand()).isFalse();
        Heredoc chomped = df.instructions().get(2).heredocs().get(0);
        assertThat(chomped.chomp()).isTrue();
        assertThat(chomped.name()).isEqualTo("END");
        assertThat(chomped.expand()).isFalse();
        List<Heredoc> two = df.instructions().get(3).heredocs();
        assertThat(two).extracting(Heredoc::name).containsExactly("a.txt", "b.txt");
        assertThat(two).extracting(Heredoc::content).containsExactly("A\n", "B\n");
    }

    @Test
    void fileDescriptorAndOnbuildHeredoc() throws Exception {
        Dockerfile df = parse("FROM busybox\nRUN 3<<EOF cat /dev/fd/3\nx\nEOF\nONBUILD RUN <<EOF\necho on\nEOF\n");
        assertThat(df.instructions().get(1).heredocs().get(0).fileDescriptor()).isEqualTo(3);
        Instruction onbuild = df.instructions().get(2);
        assertThat(onbuild.heredocs()).hasSize(1);
        assertThat(onbuild.subInstruction().command()).isEqualTo("RUN");
        assertThat(BuildKitDump.dump(df)).endsWith("(onbuild (run \"<<EOF\"))\n");
    }

    @Test
    void heredocIsNotDetectedInJsonFormOrQuotes() throws Exception {
        Dockerfile df = parse("FROM busybox\nRUN [\"sh\", \"-c\", \"cat <<EOF\"]\nRUN echo \"<<EOF\"\n");
        assertThat(df.instructions()).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
    }

    @Test
    void unterminatedHeredocIsAnError() {
        assertThatThrownBy(() -> parse("FROM busybox\nRUN <<EOF\necho\n"))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessage("unterminated heredoc");
    }

    @Test
    void directivesOnlyAtTheTopAndCaseInsensitive() throws Exception {
        Dockerfile df = parse("# SYNTAX = docker/dockerfile:1\n# Escape=`\nFROM busybox\nRUN echo a `\n  b\n");
        assertThat(df.directives()).extracting(Directive::name).containsExactly("syntax", "escape");
        assertThat(df.escape()).isEqualTo('`');
        assertThat(df.instructions().get(1).args()).containsExactly("echo a   b");
        Dockerfile late = parse("# a comment\n# escape=`\nFROM busybox\n");
        assertThat(late.directives()).isEmpty();
        assertThat(late.escape()).isEqualTo('\\');
        Dockerfile shebang = parse("#!/usr/bin/env docker-build\n# syntax=docker/dockerfile:1\nFROM busybox\n");
        assertThat(shebang.directive("syntax")).isPresent();
    }

    @Test
    void continuationsDropCommentsAndBlankLinesAndKeepIndentation() throws Exception {
        Dockerfile df = parse("FROM busybox\nRUN echo a \\\n# inside\n\n    && echo b\n");
        Instruction run = df.instructions().get(1);
        assertThat(run.args()).containsExactly("echo a     && echo b");
        assertThat(run.span().endLine()).isEqualTo(5);
        assertThat(df.warnings()).singleElement().satisfies(w -> assertThat(w.rule())
                .isEqualTo("no-empty-continuation"));
        assertThat(df.comments()).extracting(Comment::text).contains("inside");
    }

    @Test
    void continuationMarkerIsTheLastCharacterBeforeBlanks() throws Exception {
        // blanks after the marker, a line that is only the marker, the backtick escape, and a doubled
        // marker that is an escaped escape (no continuation)
        assertThat(dump("FROM busybox\nRUN echo a \\ \t\nRUN b\n"))
                .isEqualTo("(from \"busybox\")\n(run \"echo a RUN b\")\n");
        assertThat(dump("FROM busybox\nRUN echo a \\\n\\\nb\n")).isEqualTo("(from \"busybox\")\n(run \"echo a b\")\n");
        assertThat(dump("# escape=`\nFROM busybox\nRUN echo a `\n  b\n"))
                .isEqualTo("(from \"busybox\")\n(run \"echo a   b\")\n");
        assertThat(dump("# escape=`\nFROM busybox\nRUN echo a``\nRUN b\n"))
                .isEqualTo("(from \"busybox\")\n(run \"echo a``\")\n(run \"b\")\n");
    }

    @Test
    void decodingAcceptsAnEncodedReplacementCharacterAndRefusesBadBytes() throws Exception {
        byte[] valid = "FROM busybox\nLABEL x=\uFFFD\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(DockerfileParser.decode(valid)).isEqualTo("FROM busybox\nLABEL x=\uFFFD\u00e9\n");
        byte[] latin1 = "FROM busybox\nLABEL x=\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DockerfileParser.decode(latin1))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void continuationAtEndOfFileAndEscapedEscape() throws Exception {
        assertThat(dump("FROM busybox\nRUN echo a \\")).isEqualTo("(from \"busybox\")\n(run \"echo a\")\n");
        assertThat(dump("FROM busybox\nRUN echo a\\\\\nRUN b\n"))
                .isEqualTo("(from \"busybox\")\n(run \"echo a\\\\\\\\\")\n(run \"b\")\n");
    }

    @Test
    void crlfBomAndTabs() throws Exception {
        Dockerfile df = parse("\uFEFFFROM\tbusybox\r\nRUN echo a \\\r\n\tb\r\n");
        assertThat(BuildKitDump.dump(df)).isEqualTo("(from \"busybox\")\n(run \"echo a \\tb\")\n");
        assertThat(df.instructions().get(0).span().startColumn())
                .isEqualTo(1); // a BOM is not a column (editors do not show it)
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "CMD [\"a\", \"b\"]            | (cmd \"a\" \"b\")",
                "CMD ['a']                   | (cmd \"['a']\")",
                "CMD [\"unterminated\"       | (cmd \"[\\\"unterminated\\\"\")",
                "CMD []                      | (cmd)",
                "ENV A=1 B=\"x y\"            | (env \"A\" \"1\" \"=\" \"B\" \"\\\"x y\\\"\" \"=\")",
                "ENV A 1 2                   | (env \"A\" \"1 2\" \"\")",
                "LABEL a=b                   | (label \"a\" \"b\" \"=\")",
                "ARG A B=2                   | (arg \"A\" \"B=2\")",
                "EXPOSE 80/tcp 443           | (expose \"80/tcp\" \"443\")",
                "HEALTHCHECK --interval=5s CMD [\"true\"] | (healthcheck [\"--interval=5s\"] \"CMD\" \"true\")",
                "HEALTHCHECK NONE            | (healthcheck \"NONE\")",
                "COPY --from=build --chown=\"a b\" x /y | (copy [\"--from=build\" \"--chown=a b\"] \"x\" \"/y\")",
                "RUN --mount=type=cache,target=/root/.cache -- pip install x | (run [\"--mount=type=cache,target=/root/.cache\"] \"pip install x\")",
                "USER app:app                | (user \"app:app\")",
                "ONBUILD COPY --from=x a b   | (onbuild (copy [\"--from=x\"] \"a\" \"b\"))",
                "run echo lower              | (run \"echo lower\")",
                "FOO bar                     | (foo \"\")",
            })
    void argumentNodesMatchBuildKit(String line, String expected) throws Exception {
        assertThat(dump("FROM busybox\n" + line.strip() + "\n"))
                .isEqualTo("(from \"busybox\")\n" + expected.strip() + "\n");
    }

    @Test
    void jsonWithNonStringsIsAnError() {
        assertThatThrownBy(() -> parse("FROM busybox\nCMD [\"a\", 1]\n")).isInstanceOf(DockerfileParseException.class);
        assertThatThrownBy(() -> parse("FROM busybox\nRUN [null]\n")).isInstanceOf(DockerfileParseException.class);
    }

    @Test
    void goQuotingInDump() throws Exception {
        assertThat(dump("FROM busybox\nRUN [\"\\u0000\", \"caf\u00e9\", \"tab\\there\", \"\\u00a0\"]\n"))
                .isEqualTo("(from \"busybox\")\n(run \"\\x00\" \"caf\u00e9\" \"tab\\there\" \"\\u00a0\")\n");
    }

    @Test
    void spansPointAtFlagsAndRestText() throws Exception {
        Dockerfile df = parse("FROM busybox\nCOPY --from=build \\\n     /src /dst\n");
        Instruction copy = df.instructions().get(1);
        Span from = copy.flag("from").span();
        assertThat(from.startLine()).isEqualTo(2);
        assertThat(from.startColumn()).isEqualTo(6);
        assertThat(from.endColumn()).isEqualTo(18);
        int idx = copy.rest().indexOf("/dst");
        Span dst = copy.spanOfRest(idx, idx + 4);
        assertThat(dst.startLine()).isEqualTo(3);
        assertThat(dst.startColumn()).isEqualTo(11);
        assertThat(copy.span().endLine()).isEqualTo(3);
    }

    @Test
    void lineLongerThanBuildKitsLimitIsAnError() {
        String longLine = "RUN echo " + "x".repeat(70_000);
        assertThatThrownBy(() -> parse("FROM busybox\n" + longLine + "\n"))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("max allowed size of 65535");
    }

    @Test
    void emptyAndCommentOnlyFilesHaveNoInstructions() {
        assertThatThrownBy(() -> parse("")).hasMessage("file with no instructions");
        assertThatThrownBy(() -> parse("# syntax=docker/dockerfile:1\n# just a comment\n\n"))
                .hasMessage("file with no instructions");
    }
}
