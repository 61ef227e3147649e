package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table patternmatcher borrows from Go's filepath.Match tests (TestMatch), run through a whole
 * .dockerignore: a pattern either excludes the path (true), not (false), or is rejected (error).
 */
class PatternGlobTest {

    static Stream<Arguments> goMatchTable() {
        Object[][] rows = {
            {"abc", "abc", true, false},
            {"*", "abc", true, false},
            {"*c", "abc", true, false},
            {"a*", "a", true, false},
            {"a*", "abc", true, false},
            {"a*", "ab/c", true, false},
            {"a*/b", "abc/b", true, false},
            {"a*/b", "a/c/b", false, false},
            {"a*b*c*d*e*/f", "axbxcxdxe/f", true, false},
            {"a*b*c*d*e*/f", "axbxcxdxexxx/f", true, false},
            {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false, false},
            {"a*b*c*d*e*/f", "axbxcxdxexxx/fff", false, false},
            {"a*b?c*x", "abxbbxdbxebxczzx", true, false},
            {"a*b?c*x", "abxbbxdbxebxczzy", false, false},
            {"ab[c]", "abc", true, false},
            {"ab[b-d]", "abc", true, false},
            {"ab[e-g]", "abc", false, false},
            {"ab[^c]", "abc", false, false},
            {"ab[^b-d]", "abc", false, false},
            {"ab[^e-g]", "abc", true, false},
            {"a\\*b", "a*b", true, false},
            {"a\\*b", "ab", false, false},
            {"a?b", "a☺b", true, false},
            {"a[^a]b", "a☺b", true, false},
            {"a???b", "a☺b", false, false},
            {"a[^a][^a][^a]b", "a☺b", false, false},
            {"[a-ζ]*", "α", true, false},
            {"*[a-ζ]", "A", false, false},
            {"a?b", "a/b", false, false},
            {"a*b", "a/b", false, false},
            {"[\\]a]", "]", true, false},
            {"[\\-]", "-", true, false},
            {"[x\\-]", "x", true, false},
            {"[x\\-]", "-", true, false},
            {"[x\\-]", "z", false, false},
            {"[\\-x]", "x", true, false},
            {"[\\-x]", "-", true, false},
            {"[\\-x]", "a", false, false},
            {"[]a]", "]", false, true},
            {"[-]", "-", false, true},
            {"[x-]", "x", false, true},
            {"[x-]", "-", false, true},
            {"[x-]", "z", false, true},
            {"[-x]", "x", false, true},
            {"[-x]", "-", false, true},
            {"[-x]", "a", false, true},
            {"\\", "a", false, true},
            {"[a-b-c]", "a", false, true},
            {"[", "a", false, true},
            {"[^", "a", false, true},
            {"[^bc", "a", false, true},
            {"a[", "a", false, true},
            {"a[", "ab", false, true},
            {"*x", "xxx", true, false},
        };
        return Stream.of(rows).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2} (error {3})")
    @MethodSource("goMatchTable")
    void matchesLikeGo(String pattern, String path, boolean excluded, boolean error) {
        DockerIgnore ignore = DockerIgnore.read(pattern + "\n");
        assertThat(ignore.problems()).as("problems").hasSize(error ? 1 : 0);
        assertThat(ignore.isExcluded(path)).isEqualTo(excluded);
    }
}
