package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Patterns that make a backtracking matcher take seconds to minutes run in microseconds here, with Docker's answers. */
class LinearMatchingTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void manyStarsAgainstALongNameWithoutTheFinalLetter() {
        PatternMatcher m = PatternMatcher.of(List.of("*a*a*a*a*a*a*c"));
        String name = "a".repeat(50);
        assertThat(m.matchesOrParentMatches(name)).isFalse();
        assertThat(m.matchesOrParentMatches(name + "c")).isTrue();
        assertThat(m.matchesOrParentMatches("a".repeat(5) + "c")).isFalse(); // needs six a's
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void thirtyDoubleStarDirectories() {
        PatternMatcher m = PatternMatcher.of(List.of("**/".repeat(30) + "x*y"));
        String deep = "d/".repeat(40) + "xzzzzzzzzzzzzzzzzzzzz";
        assertThat(m.matchesOrParentMatches(deep)).isFalse();
        assertThat(m.matchesOrParentMatches("d/".repeat(40) + "xzzy")).isTrue();
        assertThat(m.matchesOrParentMatches("xy")).isTrue();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aLongPathAgainstAManyStarPatternStaysLinear() {
        PatternMatcher m = PatternMatcher.of(List.of("*" + "?*".repeat(200) + "!"));
        assertThat(m.matchesOrParentMatches("b".repeat(5000))).isFalse();
        assertThat(m.matchesOrParentMatches("b".repeat(300) + "!")).isTrue();
    }
}
