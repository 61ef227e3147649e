package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgslim.ignore.CompiledPattern.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** patternmatcher's TestCompile table (kind and generated regexp), plus the regexp quirks it implies. */
class PatternCompilerTest {

    static Stream<Arguments> compileTable() {
        return Stream.of(
                Arguments.of("*", Kind.REGEXP, "^[^/]*$"),
                Arguments.of("file*", Kind.REGEXP, "^file[^/]*$"),
                Arguments.of("*file", Kind.REGEXP, "^[^/]*file$"),
                Arguments.of("a*/b", Kind.REGEXP, "^a[^/]*/b$"),
                Arguments.of("**", Kind.SUFFIX, null),
                Arguments.of("**/**", Kind.REGEXP, "^(.*/)?.*$"),
                Arguments.of("dir/**", Kind.PREFIX, null),
                Arguments.of("**/dir", Kind.SUFFIX, null),
                Arguments.of("**/dir2/*", Kind.REGEXP, "^(.*/)?dir2/[^/]*$"),
                Arguments.of("**/dir2/**", Kind.REGEXP, "^(.*/)?dir2/.*$"),
                Arguments.of("**file", Kind.SUFFIX, null),
                Arguments.of("**/file*txt", Kind.REGEXP, "^(.*/)?file[^/]*txt$"),
                Arguments.of("**/**/*.txt", Kind.REGEXP, "^(.*/)?(.*/)?[^/]*\\.txt$"),
                Arguments.of("a[b-d]e", Kind.REGEXP, "^a[b-d]e$"),
                Arguments.of(".*", Kind.REGEXP, "^\\.[^/]*$"),
                Arguments.of("abc.def", Kind.EXACT, null),
                Arguments.of("abc?def", Kind.REGEXP, "^abc[^/]def$"),
                Arguments.of("**/foo/bar", Kind.SUFFIX, null),
                Arguments.of("a(b)c/def", Kind.EXACT, null),
                Arguments.of("a.|)$(}+{bc", Kind.EXACT, null),
                Arguments.of("dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", Kind.EXACT, null));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("compileTable")
    void compilesLikeDocker(String pattern, Kind kind, String re2) throws Exception {
        CompiledPattern compiled = PatternCompiler.compile(pattern);
        assertThat(compiled.kind()).isEqualTo(kind);
        assertThat(compiled.re2()).isEqualTo(re2);
    }

    /**
     * Docker's behaviour where it differs from a plain glob, because it runs a regexp (or a string
     * test) built from the pattern rather than filepath.Match. imgslim must agree with Docker.
     */
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // a leading ** with plain text after it is a string-suffix test
                "**dir     | adir     | true",
                "**dir     | x/adir   | true",
                "**/dir    | adir     | false",
                // ** inside a name stands for whole directories only
                "a**b      | ab       | true",
                "a**b      | ax/b     | true",
                "a**b      | axb      | false",
                // [!...] is not a negation: ! is a member
                "[!a]      | !        | true",
                "[!a]      | a        | true",
                "[!a]      | b        | false",
                "[^a]      | b        | true",
                "[^a]      | a        | false",
                // [*] becomes [[^/]*] — RE2 reads the class [[^/] repeated, then a literal ]
                "[*]       | *        | false",
                "[*]       | ]        | true",
                "[*]       | [^]      | true",
                // ^ is copied into the regexp, where it anchors: never matches mid-pattern ...
                "a^*       | a^b      | false",
                // ... but a wildcard-free pattern is compared as a string, regexp never built
                "a^b       | a^b      | true",
                // POSIX classes work inside brackets because RE2 knows them
                "[[:digit:]]x | 5x    | true",
                "[[:digit:]]x | dx    | false",
                "[[:^digit:]]x | dx   | true",
                // a backslash escape is a regexp escape: \\d is a digit, \\. a dot
                "a\\d      | a7       | true",
                "a\\d      | ad       | false",
                "a\\.b     | a.b      | true",
                "a\\.b     | axb      | false",
                "\\[abc\\] | [abc]    | true",
                "[^\\d]x   | ax       | true",
                "[^\\d]x   | 5x       | false",
                "[\\]a]    | ]        | true",
                "[x\\-]    | -        | true",
                "[x\\-]    | z        | false",
                // Unicode: ? and classes take whole code points
                "a?b       | a☺b      | true",
                "a[^a]b    | a☺b      | true",
                "a???b     | a☺b      | false",
                "[a-ζ]*    | α        | true",
                "*[a-ζ]    | A        | false",
            })
    void followsDockersRegexpNotGlob(String pattern, String path, boolean matches) throws Exception {
        assertThat(PatternCompiler.compile(pattern).matches(path)).isEqualTo(matches);
    }

    @Test
    void starMatchesNewlineButDoubleStarDoesNot() throws Exception {
        // [^/] includes \n; RE2's "." (used for **) does not.
        assertThat(PatternCompiler.compile("a*b").matches("a\nb")).isTrue();
        assertThat(PatternCompiler.compile("a/**/b").matches("a/x\ny/b")).isFalse();
        assertThat(PatternCompiler.compile("a/**/b").matches("a/x/y/b")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[Local-Only]/ | invalid character class range", // l-O is reversed: passes the glob check, fails in RE2
                "[z-a]         | invalid character class range",
                "a\\q          | invalid escape sequence",
                "a\\x41        | not supported",
                "[             | syntax error",
                "[^            | syntax error",
                "[^bc          | syntax error",
                "a[            | syntax error",
                "[]a]          | syntax error",
                "[-]           | syntax error",
                "[x-]          | syntax error",
                "[-x]          | syntax error",
                "[a-b-c]       | syntax error",
                "\\            | syntax error",
                "[[:bogus:]]   | invalid character class range",
            })
    void rejectsWhatDockerRejects(String pattern, String message) {
        assertThatThrownBy(() -> PatternCompiler.compile(pattern))
                .isInstanceOf(BadPatternException.class)
                .hasMessageContaining(message);
    }

    @Test
    void couldMatchBelowPerKind() throws Exception {
        assertThat(PatternCompiler.compile(".git/config").couldMatchBelow(".git"))
                .isTrue();
        assertThat(PatternCompiler.compile(".gitignore").couldMatchBelow(".git"))
                .isFalse();
        assertThat(PatternCompiler.compile(".git/**").couldMatchBelow(".git")).isTrue();
        assertThat(PatternCompiler.compile("src/**").couldMatchBelow("src/main"))
                .isTrue();
        assertThat(PatternCompiler.compile("**/x").couldMatchBelow("any")).isTrue();
        assertThat(PatternCompiler.compile("*/tmp/*").couldMatchBelow("a")).isTrue();
        assertThat(PatternCompiler.compile("*/tmp/*").couldMatchBelow("a/b")).isFalse();
        assertThat(PatternCompiler.compile("*.pyc").couldMatchBelow("src")).isFalse();
    }
}
