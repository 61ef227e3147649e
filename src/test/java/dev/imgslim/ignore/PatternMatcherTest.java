package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The single-pattern and multi-pattern tables of moby/patternmatcher's TestMatches, Unix variant.
 * EXACT: the path itself matches; INEXACT: only a parent directory does; FAIL: neither.
 */
class PatternMatcherTest {

    enum Expect {
        EXACT,
        INEXACT,
        FAIL
    }

    static Stream<Arguments> singlePattern() {
        Object[][] rows = {
            {"**", "file", Expect.EXACT},
            {"**", "file/", Expect.EXACT},
            {"**/", "file", Expect.EXACT},
            {"**/", "file/", Expect.EXACT},
            {"**", "/", Expect.EXACT},
            {"**/", "/", Expect.EXACT},
            {"**", "dir/file", Expect.EXACT},
            {"**/", "dir/file", Expect.EXACT},
            {"**", "dir/file/", Expect.EXACT},
            {"**/", "dir/file/", Expect.EXACT},
            {"**/**", "dir/file", Expect.EXACT},
            {"**/**", "dir/file/", Expect.EXACT},
            {"dir/**", "dir/file", Expect.EXACT},
            {"dir/**", "dir/file/", Expect.EXACT},
            {"dir/**", "dir/dir2/file", Expect.EXACT},
            {"dir/**", "dir/dir2/file/", Expect.EXACT},
            {"**/dir", "dir", Expect.EXACT},
            {"**/dir", "dir/file", Expect.INEXACT},
            {"**/dir2/*", "dir/dir2/file", Expect.EXACT},
            {"**/dir2/*", "dir/dir2/file/", Expect.INEXACT},
            {"**/dir2/**", "dir/dir2/dir3/file", Expect.EXACT},
            {"**/dir2/**", "dir/dir2/dir3/file/", Expect.EXACT},
            {"**file", "file", Expect.EXACT},
            {"**file", "dir/file", Expect.EXACT},
            {"**/file", "dir/file", Expect.EXACT},
            {"**file", "dir/dir/file", Expect.EXACT},
            {"**/file", "dir/dir/file", Expect.EXACT},
            {"**/file*", "dir/dir/file", Expect.EXACT},
            {"**/file*", "dir/dir/file.txt", Expect.EXACT},
            {"**/file*txt", "dir/dir/file.txt", Expect.EXACT},
            {"**/file*.txt", "dir/dir/file.txt", Expect.EXACT},
            {"**/file*.txt*", "dir/dir/file.txt", Expect.EXACT},
            {"**/**/*.txt", "dir/dir/file.txt", Expect.EXACT},
            {"**/**/*.txt2", "dir/dir/file.txt", Expect.FAIL},
            {"**/*.txt", "file.txt", Expect.EXACT},
            {"**/**/*.txt", "file.txt", Expect.EXACT},
            {"a**/*.txt", "a/file.txt", Expect.EXACT},
            {"a**/*.txt", "a/dir/file.txt", Expect.EXACT},
            {"a**/*.txt", "a/dir/dir/file.txt", Expect.EXACT},
            {"a/*.txt", "a/dir/file.txt", Expect.FAIL},
            {"a/*.txt", "a/file.txt", Expect.EXACT},
            {"a/*.txt**", "a/file.txt", Expect.EXACT},
            {"a[b-d]e", "ae", Expect.FAIL},
            {"a[b-d]e", "ace", Expect.EXACT},
            {"a[b-d]e", "aae", Expect.FAIL},
            {"a[^b-d]e", "aze", Expect.EXACT},
            {".*", ".foo", Expect.EXACT},
            {".*", "foo", Expect.FAIL},
            {"abc.def", "abcdef", Expect.FAIL},
            {"abc.def", "abc.def", Expect.EXACT},
            {"abc.def", "abcZdef", Expect.FAIL},
            {"abc?def", "abcZdef", Expect.EXACT},
            {"abc?def", "abcdef", Expect.FAIL},
            {"**/foo/bar", "foo/bar", Expect.EXACT},
            {"**/foo/bar", "dir/foo/bar", Expect.EXACT},
            {"**/foo/bar", "dir/dir2/foo/bar", Expect.EXACT},
            {"abc/**", "abc", Expect.FAIL},
            {"abc/**", "abc/def", Expect.EXACT},
            {"abc/**", "abc/def/ghi", Expect.EXACT},
            {"**/.foo", ".foo", Expect.EXACT},
            {"**/.foo", "bar.foo", Expect.FAIL},
            {"a(b)c/def", "a(b)c/def", Expect.EXACT},
            {"a(b)c/def", "a(b)c/xyz", Expect.FAIL},
            {"a.|)$(}+{bc", "a.|)$(}+{bc", Expect.EXACT},
            {
                "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
                "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
                Expect.EXACT
            },
            {"dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", Expect.EXACT},
            {"a\\\\", "a\\", Expect.EXACT},
            {"a\\*b", "a*b", Expect.EXACT},
        };
        return Stream.of(rows).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @MethodSource("singlePattern")
    void matchesExactOnlyForThePathItself(String pattern, String path, Expect expect) {
        PatternMatcher pm = PatternMatcher.of(List.of(pattern));
        assertThat(pm.matchesExact(path)).isEqualTo(expect == Expect.EXACT);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @MethodSource("singlePattern")
    void matchesOrParentMatchesAlsoForParents(String pattern, String path, Expect expect) {
        PatternMatcher pm = PatternMatcher.of(List.of(pattern));
        assertThat(pm.matchesOrParentMatches(path)).isEqualTo(expect != Expect.FAIL);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @MethodSource("singlePattern")
    void walkerUsingParentResultsAlsoForParents(String pattern, String path, Expect expect) {
        PatternMatcher pm = PatternMatcher.of(List.of(pattern));
        assertThat(pm.decidingExclusion(path))
                .isEqualTo(
                        expect == Expect.FAIL
                                ? java.util.Optional.empty()
                                : java.util.Optional.of(pm.patterns().get(0)));
    }

    static Stream<Arguments> multiPattern() {
        return Stream.of(
                Arguments.of(List.of("**", "!util/docker/web"), "util/docker/web/foo", false),
                Arguments.of(List.of("**", "!util/docker/web", "util/docker/web/foo"), "util/docker/web/foo", true),
                Arguments.of(
                        List.of("**", "!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl"),
                        "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
                        false),
                Arguments.of(
                        List.of("**", "!dist/*.whl"), "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", false),
                // TestPatternMatches* / TestExclusionPatternMatches* from the same file
                Arguments.of(List.of("*"), "fileutils.go", true),
                Arguments.of(List.of("*.go"), "fileutils.go", true),
                Arguments.of(List.of("!fileutils.go", "*.go"), "fileutils.go", true),
                Arguments.of(List.of("docs", "!docs/README.md"), "docs/README.md", false),
                Arguments.of(List.of("docs/", "!docs/README.md"), "docs/README.md", false),
                Arguments.of(List.of("docs/*", "!docs/README.md"), "docs/README.md", false),
                Arguments.of(List.of("*.go", "!fileutils.go"), "fileutils.go", false),
                Arguments.of(List.<String>of(), "any/path/there", false));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @MethodSource("multiPattern")
    void lastMatchingPatternWins(List<String> patterns, String path, boolean excluded) {
        PatternMatcher pm = PatternMatcher.of(patterns);
        assertThat(pm.decidingExclusion(path).isPresent()).as("walker").isEqualTo(excluded);
        assertThat(pm.matchesOrParentMatches(path)).as("MatchesOrParentMatches").isEqualTo(excluded);
    }

    @Test
    void loneExclamationMarkIsRejected() {
        assertThatThrownBy(() -> PatternMatcher.of(List.of("!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("illegal exclusion pattern");
    }

    @Test
    void malformedPatternIsRejected() {
        assertThatThrownBy(() -> PatternMatcher.of(List.of("["))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cleaningDropsEmptyPatternsAndFlagsExceptions() {
        PatternMatcher pm = PatternMatcher.of(List.of("docs", "config", ""));
        assertThat(pm.patterns()).hasSize(2);
        assertThat(pm.hasExceptions()).isFalse();
        assertThat(PatternMatcher.of(List.of("docs", "  !docs/README.md")).hasExceptions())
                .isTrue();
        assertThat(PatternMatcher.of(List.of("docs", "!docs/README.md  ")).hasExceptions())
                .isTrue();
    }

    @Test
    void parentDirectoriesAreTheStrictPrefixes() {
        assertThat(PatternMatcher.parentDirectories("a/b/c")).containsExactly("a", "a/b");
        assertThat(PatternMatcher.parentDirectories("a")).isEmpty();
    }
}
