package dev.imgslim.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table tests for {@link ShellLexer}. Expected values are BuildKit's (frontend/dockerfile/shell):
 * its envVarTest / wordsTest tables and TestProcessWithMatches cases, rewritten here as our own
 * tables, plus cases worked out from lex.go for behaviour those tables do not pin down.
 *
 * <p>Table format: {@code input | expected}, one case a line, split at the first {@code |}; both
 * sides are trimmed. An expected value of {@code error} means processing must fail. Lines starting
 * with {@code #} are comments.
 */
class ShellLexerTest {

    /** The environment of BuildKit's envVarTest, plus FILE for pattern cases. */
    private static final Env ENV =
            Env.of(ordered("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", "", "FILE", "archive.tar.gz"));

    private static final ShellLexer LEX = new ShellLexer('\\');

    // ---------------------------------------------------------------- processWord, escape = '\'

    /** BuildKit's envVarTest rows for all platforms and for Unix (case-sensitive names). */
    private static final String ENV_VAR_TABLE = """
            hello                    |     hello
            he'll'o                  |     hello
            he'llo                   |     error
            he\\'llo                  |     he'llo
            he\\\\'llo                 |     error
            abc\\tdef                 |     abctdef
            "abc\\tdef"               |     abc\\tdef
            "abc\\\\tdef"              |     abc\\tdef
            'abc\\tdef'               |     abc\\tdef
            hello\\                   |     hello
            hello\\\\                  |     hello\\
            "hello                   |     error
            "hello\\"                 |     error
            "hel'lo"                 |     hel'lo
            'hello                   |     error
            'hello\\'                 |     hello\\
            'hello\\there'            |     hello\\there
            'hello\\\\there'           |     hello\\\\there
            "''"                     |     ''
            $.                       |     $.
            $1                       |
            he$1x                    |     hex
            he$.x                    |     he$.x
            he$pwd.                  |     he.
            he$PWD                   |     he/home
            he\\$PWD                  |     he$PWD
            he\\\\$PWD                 |     he\\/home
            "he\\$PWD"                |     he$PWD
            "he\\\\$PWD"               |     he\\/home
            \\${}                     |     ${}
            \\${}aaa                  |     ${}aaa
            he\\${}                   |     he${}
            he\\${}xx                 |     he${}xx
            ${}                      |     error
            ${}aaa                   |     error
            he${}                    |     error
            he${}xx                  |     error
            he${hi}                  |     he
            he${hi}xx                |     hexx
            he${PWD}                 |     he/home
            he${.}                   |     error
            he${XXX:-000}xx          |     he000xx
            he${PWD:-000}xx          |     he/homexx
            he${XXX:-$PWD}xx         |     he/homexx
            he${XXX:-${PWD:-yyy}}xx  |     he/homexx
            he${XXX:-${YYY:-yyy}}xx  |     heyyyxx
            he${XXX:YYY}             |     error
            he${XXX:+${PWD}}xx       |     hexx
            he${PWD:+${XXX}}xx       |     hexx
            he${PWD:+${SHELL}}xx     |     hebashxx
            he${XXX:+000}xx          |     hexx
            he${PWD:+000}xx          |     he000xx
            'he${XX}'                |     he${XX}
            "he${PWD}"               |     he/home
            "he'$PWD'"               |     he'/home'
            "$PWD"                   |     /home
            '$PWD'                   |     $PWD
            '\\$PWD'                  |     \\$PWD
            '"hello"'                |     "hello"
            'he\\$PWD'                |     he\\$PWD
            he${PWD                  |     error
            he${PWD:=000}xx          |     error
            he${PWD:+${PWD}:}xx      |     he/home:xx
            he${XXX:-\\$PWD:}xx       |     he$PWD:xx
            he${XXX:-\\${PWD}z}xx     |     he${PWDz}xx
            안녕하세요                 |     안녕하세요
            안'녕'하세요               |     안녕하세요
            안'녕하세요                |     error
            안녕\\'하세요               |     안녕'하세요
            안녕\\t하세요               |     안녕t하세요
            "안녕\\t하세요"             |     안녕\\t하세요
            안녕$pwd.                  |     안녕.
            안녕\\\\$PWD                 |     안녕\\/home
            안녕${XXX:-${YYY:-yyy}}xx  |     안녕yyyxx
            $KOREAN                    |     한국어
            안녕$KOREAN                |     안녕한국어
            ${{aaa}                   |     error
            ${aaa}}                   |     }
            ${aaa                     |     error
            ${{aaa:-bbb}              |     error
            ${aaa:-bbb}}              |     bbb}
            ${aaa:-bbb                |     error
            ${aaa:-bbb}               |     bbb
            ${aaa:-${bbb:-ccc}}       |     ccc
            ${aaa:-bbb ${foo}         |     error
            ${aaa:-bbb {foo}          |     bbb {foo
            ${:}                      |     error
            ${:-bbb}                  |     error
            ${:+bbb}                  |     error
            """;

    /** Cases worked out from lex.go: set-but-empty versus unset, special parameters, patterns. */
    private static final String MORE_WORD_TABLE = """
            # unset (-, +) versus unset-or-empty (:-, :+); NULL is set to ""
            ${NULL-x}                |
            ${NULL:-x}               |     x
            ${NULL+x}                |     x
            ${NULL:+x}               |
            ${UNSET-x}               |     x
            ${UNSET+x}               |
            ${PWD-x}                 |     /home
            ${PWD+x}                 |     x
            ${NULL?}                 |
            ${PWD:?}                 |     /home
            ${UNSET:-}               |
            ${UNSET:-a b}            |     a b
            ${UNSET:-"a  b"}         |     a  b
            ${UNSET:-'$PWD'}         |     $PWD
            ${UNSET:-$UNSET2}        |
            # positional and special parameters are never set
            $@                       |
            a$*b                     |     ab
            $#                       |
            $$                       |
            $?x                      |     x
            $!                       |
            $-                       |
            $0                       |
            $12x                     |     x
            ${1}                     |
            ${10}x                   |     x
            ${#}                     |
            ${@}                     |
            ${1abc}                  |     error
            ${#PWD}                  |     error
            $                        |     $
            a$                       |     a$
            $/x                      |     $/x
            $_x                      |
            $PWD_x                   |
            ${PWD}_x                 |     /home_x
            $PWD-x                   |     /home-x
            # names are case-sensitive on Linux
            $pwd                     |
            ${Pwd:-d}                |     d
            # prefix and suffix trims; * and ? are wildcards, \\ makes them literal
            ${PWD#/}                 |     home
            ${PWD#*}                 |     /home
            ${PWD##*}                |
            ${PWD%e}                 |     /hom
            ${PWD%x}                 |     /home
            ${FILE%.*}               |     archive.tar
            ${FILE%%.*}              |     archive
            ${FILE#*.}               |     tar.gz
            ${FILE##*.}              |     gz
            ${FILE#?r}               |     chive.tar.gz
            ${FILE#\\?}               |     archive.tar.gz
            ${FILE%$UNSET}           |     archive.tar.gz
            ${FILE#[a]}              |     archive.tar.gz
            ${UNSET#a}               |
            ${SHELL#\\a}              |     error
            ${PWD:#/}                |     error
            ${PWD:%e}                |     error
            # replacement: first match, or every match with //
            ${FILE/./-}              |     archive-tar.gz
            ${FILE//./-}             |     archive-tar-gz
            ${FILE//.}               |     error
            ${FILE/a*./}             |     gz
            ${FILE/?/X}              |     Xrchive.tar.gz
            ${SHELL//*/-}            |     -
            ${NULL//*/-}             |     -
            ${UNSET/a/b}             |
            ${FILE/r/\\$0}            |     a\\$0chive.tar.gz
            ${FILE//r/\\$0}           |     a\\rchive.ta\\r.gz
            ${PWD/\\//:}              |     :home
            # unsupported modifiers
            ${PWD:=x}                |     error
            ${PWD=x}                 |     error
            ${PWD:x}                 |     error
            ${PWD:/a/b}              |     error
            ${PWD.x}                 |     error
            ${PWD/x                  |     error
            ${PWD/x/y                |     error
            ${PWD:                   |     error
            ${                       |     error
            # quotes and escapes
            'a'"b"c                  |     abc
            "a'b"                    |     a'b
            "a\\b"                    |     a\\b
            "a\\\\b"                   |     a\\b
            "a\\"b"                   |     a"b
            "a\\$b"                   |     a$b
            "a\\'b"                   |     a\\'b
            a\\"b                     |     a"b
            a\\ b                     |     a b
            abc\\                     |     abc
            "abc\\                    |     error
            ""                       |
            ''                       |
            a"  "b                   |     a  b
            """;

    static Stream<Arguments> wordCases() {
        return Stream.concat(table(ENV_VAR_TABLE), table(MORE_WORD_TABLE));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("wordCases")
    void processWord(String input, String expected) {
        assertWord(LEX, input, expected);
    }

    // ---------------------------------------------------------------- escape = '`' (Windows style)

    private static final String BACKTICK_TABLE = """
            a\\b                      |     a\\b
            C:\\Users\\$PWD             |     C:\\Users\\/home
            a`b                      |     ab
            a``b                     |     a`b
            a`                       |     a
            he`$PWD                  |     he$PWD
            "a`"b"                   |     a"b
            "a\\"b                    |     a\\b
            "C:\\Users"               |     C:\\Users
            "a`b"                    |     a`b
            "a``b"                   |     a`b
            "a`$PWD"                 |     a$PWD
            'a`b'                    |     a`b
            a` b                     |     a b
            ${UNSET:-`}}             |     }
            """;

    static Stream<Arguments> backtickCases() {
        return table(BACKTICK_TABLE);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("backtickCases")
    void processWordWithBacktickEscape(String input, String expected) {
        assertWord(new ShellLexer('`'), input, expected);
    }

    // ---------------------------------------------------------------- processWords

    @Nested
    class Words {

        /** BuildKit's wordsTest rows (a later row may depend on ENV lines above it, so each row names its env). */
        @Test
        void wordsTable() {
            Env none = Env.empty();
            Env hi = Env.fromEntries(List.of("hi=hi"));
            Env spaces = Env.fromEntries(List.of("space=abc  def", "leading=  ab c", "trailing=ab c   "));

            assertWords(none, "hello", "hello");
            assertWords(none, "hello${hi}bye", "hellobye");
            assertWords(hi, "hello${hi}bye", "hellohibye");
            assertWords(spaces, "hello${space}bye", "helloabc", "defbye");
            assertWords(spaces, "hello\"${space}\"bye", "helloabc  defbye");
            assertWords(spaces, "hello \"${space}\"bye", "hello", "abc  defbye");
            assertWords(spaces, "hello${leading}def", "hello", "ab", "cdef");
            assertWords(spaces, "hello\"${leading}\" def", "hello  ab c", "def");
            assertWords(spaces, "hello\"${leading}\"", "hello  ab c");
            assertWords(spaces, "hello${leading}", "hello", "ab", "c");
            assertWords(spaces, "hello${trailing}", "helloab", "c");
            assertWords(spaces, "hello${trailing}d", "helloab", "c", "d");
            assertWords(spaces, "hello\"${trailing}\"d", "helloab c   d");
            assertWords(spaces, "hel\"lo${trailing}\"", "helloab c   ");
            assertWords(none, "hello\" there  \"", "hello there  ");
            assertWords(none, "hello there     ", "hello", "there");
            assertWords(none, "hello\\ there", "hello there");
            assertWords(none, "hello\\\" there", "hello\"", "there");
            assertThatThrownBy(() -> LEX.processWords("hello\" there", none)).isInstanceOf(ShellLexException.class);
        }

        @Test
        void emptyAndBlankInput() {
            assertThat(LEX.processWords("", ENV)).isEmpty();
            assertThat(LEX.processWords(" \t ", ENV)).isEmpty();
            assertThat(LEX.processWords("$UNSET", ENV)).isEmpty();
        }

        @Test
        void anEmptyQuotedWordIsNotAWord() {
            assertWords(ENV, "a \"\" b", "a", "b");
            assertWords(ENV, "'' x", "x");
        }

        @Test
        void splitsOnGoWhitespaceIncludingNoBreakSpace() {
            assertWords(Env.empty(), "a\u00a0b\u3000c\td\ne", "a", "b", "c", "d", "e");
        }

        @Test
        void heredocMarkersSurviveWithRawQuotesAndEscapes() {
            ShellLexer raw = LEX.rawQuotes(true).rawEscapes(true);
            assertThat(raw.processWords("cat <<EOF >/tmp/x", Env.empty())).containsExactly("cat", "<<EOF", ">/tmp/x");
            assertThat(raw.processWords("python3 <<\"PY\" 'a b'", Env.empty()))
                    .containsExactly("python3", "<<\"PY\"", "'a b'");
            assertThat(raw.processWords("cat <<'E O F' \\<<NOT", Env.empty()))
                    .containsExactly("cat", "<<'E O F'", "\\<<NOT");
            assertThat(raw.processWords("a\\ b <<-EOT", Env.empty())).containsExactly("a\\ b", "<<-EOT");
        }

        /**
         * BuildKit quirk, reproduced on purpose: every nested ${...} body clears the shared word
         * buffer, so the text of the current word before a ${V<op>...} is lost in the word list.
         */
        @Test
        void textBeforeAnOperatorExpansionIsDroppedFromTheWordList() {
            assertThat(LEX.processWords("x ab${UNSET:-c}d y", ENV)).containsExactly("x", "cd", "y");
            assertThat(LEX.processWord("x ab${UNSET:-c}d y", ENV)).isEqualTo("x abcd y");
            assertThat(LEX.processWords("ab${FILE%%.*}", ENV)).containsExactly("archive");
            assertThat(LEX.processWords("ab${PWD}", ENV)).containsExactly("ab/home"); // plain ${V} is not affected
            assertThat(LEX.processWords("x ${UNSET:-b c}", ENV)).containsExactly("x", "b", "c");
        }
    }

    // ---------------------------------------------------------------- matched / unmatched

    @Nested
    class Matches {

        private final Env env = Env.of(ordered("FOO", "xxx", "BAR", ""));

        @Test
        void recordsFoundAndUnsetNamesInOrder() {
            ShellWordResult r = LEX.process("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", env);
            assertThat(r.word()).isEqualTo("xxx  ccc");
            assertThat(r.matched()).containsExactly("FOO", "BAR");
            assertThat(r.unmatched()).containsExactly("BAZ");
        }

        @Test
        void colonFormsTreatEmptyAsUnsetButStillCountTheNameAsMatched() {
            ShellWordResult r = LEX.process("${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", env);
            assertThat(r.word()).isEqualTo("xxx bbb ccc");
            assertThat(r.matched()).containsExactly("FOO", "BAR");
            assertThat(r.unmatched()).containsExactly("BAZ");

            r = LEX.process("${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", env);
            assertThat(r.word()).isEqualTo("aaa  ");
            r = LEX.process("${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", env);
            assertThat(r.word()).isEqualTo("aaa bbb ");
        }

        @Test
        void nothingReferencedGivesEmptySets() {
            ShellWordResult r = LEX.process("x", env);
            assertThat(r.matched()).isEmpty();
            assertThat(r.unmatched()).isEmpty();
            assertThat(r.words()).containsExactly("x");
        }

        @Test
        void variablesInsidePatternsAndDefaultsAreReferencesToo() {
            ShellWordResult r = LEX.process("${FOO#$BAR}${UNSET:-$OTHER}", env);
            assertThat(r.word()).isEqualTo("xxx");
            assertThat(r.matched()).containsExactly("BAR", "FOO");
            assertThat(r.unmatched()).containsExactly("OTHER", "UNSET");
        }

        @Test
        void specialParametersAreRecordedAsUnmatchedNames() {
            assertThat(LEX.process("$1 $$ ${#} $@", env).unmatched()).containsExactly("1", "$", "#", "@");
        }

        @Test
        void singleQuotedAndEscapedReferencesAreNotReferences() {
            ShellWordResult r = LEX.process("'$FOO' \\$BAR \"\\$BAZ\"", env);
            assertThat(r.word()).isEqualTo("$FOO $BAR $BAZ");
            assertThat(r.matched()).isEmpty();
            assertThat(r.unmatched()).isEmpty();
        }

        @Test
        void platformTemplateFromBuildKitReleases() {
            String release = "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz";
            assertThat(LEX.processWord(
                            release,
                            Env.of(ordered(
                                    "VERSION",
                                    "v1.2.3",
                                    "TARGETOS",
                                    "linux",
                                    "TARGETARCH",
                                    "arm",
                                    "TARGETVARIANT",
                                    "v7"))))
                    .isEqualTo("something-v1.2.3.linux-arm-v7.tar.gz");
            assertThat(LEX.processWord(
                            release,
                            Env.of(ordered(
                                    "VERSION",
                                    "v1.2.3",
                                    "TARGETOS",
                                    "linux",
                                    "TARGETARCH",
                                    "arm64",
                                    "TARGETVARIANT",
                                    ""))))
                    .isEqualTo("something-v1.2.3.linux-arm64.tar.gz");
            ShellWordResult r = LEX.process(
                    release, Env.of(ordered("VERSION", "v1.2.3", "TARGETOS", "linux", "TARGETARCH", "arm64")));
            assertThat(r.word()).isEqualTo("something-v1.2.3.linux-arm64.tar.gz");
            assertThat(r.unmatched()).containsExactly("TARGETVARIANT");
        }

        @Test
        void buildKitPatternCases() {
            assertThat(LEX.processWord("${FOO#()[]{\\}^$.\\*\\?|\\\\}", Env.of(Map.of("FOO", "()[]{}^$.*?|\\x"))))
                    .isEqualTo("x");
            assertThat(LEX.processWord("${FOO%%\\**}", Env.of(Map.of("FOO", "xx**"))))
                    .isEqualTo("xx");
            assertThat(LEX.processWord("${FOO#*x*y}", Env.of(Map.of("FOO", "xxyy"))))
                    .isEqualTo("y");
            assertThat(LEX.processWord("${FOO#?\\?}", Env.of(Map.of("FOO", "???y"))))
                    .isEqualTo("?y");
            assertThat(LEX.processWord("${FOO%%\\**\\*}", Env.of(Map.of("FOO", "a***yy*"))))
                    .isEqualTo("a");
            assertThat(LEX.processWord("${ABC:-.}${FOO%x}${ABC:-.}", Env.of(Map.of("FOO", "xxyy"))))
                    .isEqualTo(".xxyy.");
            assertThat(LEX.processWord(
                            "${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}",
                            Env.of(Map.of("FOO", "/foo*/*/*.txt", "NEEDLE", "\\*/"))))
                    .isEqualTo("/foo.*/*.txt - /foo..*.txt");
            assertThat(LEX.processWord(
                            "${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}",
                            Env.of(Map.of("FOO", "/tmp/tmp/bar.txt", "NEEDLE", "/tmp"))))
                    .isEqualTo("/tmp/bar.txt - /bar.txt");
            assertThat(LEX.processWord(
                            "${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}",
                            Env.of(Map.of("FOO", "/a/foo/b/c.txt", "NEEDLE", "/?/", "REPLACEMENT", "/"))))
                    .isEqualTo("/foo/b/c.txt - /foo/c.txt");
            assertThat(LEX.processWord("${FOO//\\//\\/}", Env.of(Map.of("FOO", "/tmp/foo.txt"))))
                    .isEqualTo("\\/tmp\\/foo.txt");
            assertThat(LEX.processWord("${FOO/$BAR/ww}", Env.of(Map.of("FOO", "xxyy", "BAR", ""))))
                    .isEqualTo("wwxxyy");
            assertThat(LEX.processWord("${FOO///}", Env.of(Map.of("FOO", "xxyy"))))
                    .isEqualTo("xxyy");
            assertThatThrownBy(() -> LEX.processWord("${FOO//ww}", Env.of(Map.of("FOO", "xxyy"))))
                    .isInstanceOf(ShellLexException.class);
        }
    }

    // ---------------------------------------------------------------- error messages

    static Stream<Arguments> errorMessages() {
        return Stream.of(
                Arguments.of("${UNSET?}", "UNSET: is not allowed to be unset"),
                Arguments.of("${UNSET:?}", "UNSET: is not allowed to be unset"),
                Arguments.of("${NULL:?}", "NULL: is not allowed to be empty"),
                Arguments.of("${UNSET:?need $SHELL}", "UNSET: need bash"),
                Arguments.of("${NULL:?need it}", "NULL: need it"),
                Arguments.of("${", "syntax error: missing '}'"),
                Arguments.of("${PWD:-x", "syntax error: missing '}'"),
                Arguments.of("${PWD:-'x}", "syntax error: missing '}'"),
                Arguments.of("${PWD/x", "syntax error: missing '/' in ${}"),
                Arguments.of("${PWD/x/y", "syntax error: missing '}'"),
                Arguments.of("${}", "syntax error: bad substitution"),
                Arguments.of("${:-x}", "syntax error: bad substitution"),
                Arguments.of("${{x}", "syntax error: bad substitution"),
                // BuildKit reads past the end of "${PWD" and names the missing modifier U+FFFD.
                Arguments.of("${PWD", "unsupported modifier (\uFFFD) in substitution"),
                Arguments.of("${PWD:=x}", "unsupported modifier (:=) in substitution"),
                Arguments.of("${PWD=x}", "unsupported modifier (=) in substitution"),
                Arguments.of("${.}", "unsupported modifier (.) in substitution"),
                Arguments.of("${PWD:#x}", "unsupported modifier (:#) in substitution"),
                Arguments.of("${SHELL#\\a}", "invalid pattern (\\a) in substitution: invalid escape '\\a'"),
                Arguments.of("'abc", "unexpected end of statement while looking for matching single-quote"),
                Arguments.of("\"abc", "unexpected end of statement while looking for matching double-quote"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("errorMessages")
    void errorsCarryBuildKitsMessages(String input, String reason) {
        assertThatThrownBy(() -> LEX.processWord(input, ENV)).isInstanceOfSatisfying(ShellLexException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.source()).isEqualTo(input);
            assertThat(e.getMessage()).isEqualTo("failed to process " + GoQuote.quote(input) + ": " + reason);
        });
    }

    @Test
    void wholeMessageQuotesTheSourceLikeGo() {
        assertThatThrownBy(() -> LEX.processWord("he${PWD:=\"x\"\t}", ENV))
                .hasMessage("failed to process \"he${PWD:=\\\"x\\\"\\t}\": unsupported modifier (:=) in substitution");
    }

    // ---------------------------------------------------------------- options

    @Nested
    class Options {

        @Test
        void optionMethodsReturnConfiguredCopies() {
            ShellLexer raw = LEX.rawQuotes(true);
            assertThat(raw).isNotSameAs(LEX);
            assertThat(raw.isRawQuotes()).isTrue();
            assertThat(LEX.isRawQuotes()).isFalse();
            assertThat(raw.rawEscapes(true).skipUnsetEnv(true).isRawQuotes()).isTrue();
        }

        @Test
        void escapeTokenMustBeBackslashOrBacktick() {
            assertThatThrownBy(() -> new ShellLexer('^')).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rawQuotesKeepsQuotesButStillGroupsAndProtects() {
            ShellLexer raw = LEX.rawQuotes(true);
            assertThat(raw.processWord("'$PWD' \"$PWD\" a", ENV)).isEqualTo("'$PWD' \"/home\" a");
            assertThat(raw.processWords("'a b' \"c d\"", ENV)).containsExactly("'a b'", "\"c d\"");
        }

        @Test
        void rawEscapesKeepsEscapeTokens() {
            ShellLexer raw = LEX.rawEscapes(true);
            assertThat(raw.processWord("a\\$PWD \\\\ \"\\$x\"", ENV)).isEqualTo("a\\$PWD \\\\ \\$x");
            // BuildKit quirk: inside "..." an escape before an ordinary character is written twice
            // in raw mode (once as the raw escape, once as the literal backslash it stands for).
            assertThat(raw.processWord("\"a\\nb\"", ENV)).isEqualTo("a\\\\nb");
            assertThat(raw.processWord("abc\\", ENV)).isEqualTo("abc\\");
        }

        @Test
        void skipUnsetEnvLeavesUnsetReferencesAsWritten() {
            ShellLexer skip = LEX.skipUnsetEnv(true);
            assertThat(skip.processWord("$UNSET ${UNSET} $PWD ${PWD:-x}", ENV))
                    .isEqualTo("$UNSET ${UNSET} /home /home");
            assertThat(skip.processWord("${UNSET:-x} ${UNSET-x} ${UNSET:?m} ${UNSET##*.}", ENV))
                    .isEqualTo("${UNSET:-x} ${UNSET-x} ${UNSET:?m} ${UNSET##*.}");
            assertThat(skip.processWord("${UNSET/a/b} ${UNSET//a/b}", ENV)).isEqualTo("${UNSET/a/b} ${UNSET/a/b}");
            assertThat(skip.processWord("${UNSET:=x}", ENV)).isEqualTo("${UNSET:=x}");
            assertThat(skip.processWord("${NULL:-x}", ENV)).isEqualTo("x");
            assertThatThrownBy(() -> skip.processWord("${UNSET=x}", ENV)).isInstanceOf(ShellLexException.class);
            assertThatThrownBy(() -> skip.processWord("${PWD:=x}", ENV)).isInstanceOf(ShellLexException.class);
        }

        @Test
        void skipProcessQuotesTreatsQuotesAsText() {
            ShellLexer skip = LEX.skipProcessQuotes(true);
            assertThat(skip.processWord("'$PWD' \"a", ENV)).isEqualTo("'/home' \"a");
            assertThat(skip.processWords("'a b'", ENV)).containsExactly("'a", "b'");
        }
    }

    @Test
    void envFromEntriesLastOneWinsAndBareKeyIsEmpty() {
        Env env = Env.fromEntries(List.of("A=1", "B", "A=2", "C=x=y"));
        assertThat(env.get("A")).isEqualTo("2");
        assertThat(env.get("B")).isEmpty();
        assertThat(env.get("C")).isEqualTo("x=y");
        assertThat(env.get("D")).isNull();
        assertThat(env.names()).containsExactly("A", "B", "C");
    }

    @Test
    void charactersOutsideTheBasicPlaneStayWhole() {
        Env env = Env.of(Map.of("E", "🖖🚀👽"));
        assertThat(LEX.processWord("${E%👽}", env)).isEqualTo("🖖🚀");
        assertThat(LEX.processWord("${E#?}", env)).isEqualTo("🚀👽");
        assertThat(LEX.processWord("${E%?}", env)).isEqualTo("🖖🚀");
        assertThat(ShellPattern.reversePattern("👽\\🚀🖖")).isEqualTo("🖖\\🚀👽");
        assertThat(ShellPattern.reversePattern("a\\*c")).isEqualTo("c\\*a");
        assertThat(ShellPattern.reversePattern("ab\\")).isEqualTo("\\ba");
    }

    @Test
    void wildcardsDoNotMatchANewlineAsInGo() {
        Env env = Env.of(Map.of("NL", "a\nb"));
        assertThat(LEX.processWord("${NL##*}", env)).isEqualTo("\nb");
        assertThat(LEX.processWord("${NL%%*}", env)).isEqualTo("a\n");
        assertThat(LEX.processWord("${NL//?/x}", env)).isEqualTo("x\nx");
        assertThat(LEX.processWord("${NL/*/x}", env)).isEqualTo("x\nb");
    }

    @Test
    void aTrailingBackslashInAPatternFromAVariableIsAnInvalidEscape() {
        Env env = Env.of(Map.of("V", "abc", "P", "a\\"));
        assertThatThrownBy(() -> LEX.processWord("${V#$P}", env))
                .isInstanceOfSatisfying(ShellLexException.class, e -> assertThat(e.reason())
                        .isEqualTo("invalid pattern (a\\) in substitution: invalid escape '\\%!c(int32=-1)'"));
    }

    /** Go's regexp is linear-time; a backtracking matcher would take ages on this. */
    @Test
    void manyWildcardsOnALongValueStayFast() {
        Env env = Env.of(Map.of("V", "x".repeat(20_000)));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(LEX.processWord("${V#*x*x*x*y}", env)).hasSize(20_000);
            assertThat(LEX.processWord("${V%%*x*x*x*y}", env)).hasSize(20_000);
            assertThat(LEX.processWord("${V//*x*x*y/-}", env)).hasSize(20_000);
            assertThat(LEX.processWord("${V##*x*x}", env)).isEmpty();
        });
    }

    // ---------------------------------------------------------------- helpers

    private static void assertWord(ShellLexer lexer, String input, String expected) {
        if (expected.equals("error")) {
            assertThatThrownBy(() -> lexer.processWord(input, ENV))
                    .as("processing %s should fail", input)
                    .isInstanceOf(ShellLexException.class);
        } else {
            assertThat(lexer.processWord(input, ENV))
                    .as("processWord(%s)", input)
                    .isEqualTo(expected);
        }
    }

    private static void assertWords(Env env, String line, String... expected) {
        assertThat(LEX.processWords(line, env)).as("processWords(%s)", line).containsExactly(expected);
    }

    private static Stream<Arguments> table(String text) {
        List<Arguments> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("table row without '|': " + line);
            }
            rows.add(Arguments.of(
                    line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return rows.stream();
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
