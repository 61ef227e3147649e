package dev.imgslim.rules.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LayersTest {

    @Test
    void removalCoversItsPathAndWhatIsBelow() {
        assertThat(Layers.covers("/var/lib/apt/lists/*", "/var/lib/apt/lists")).isTrue();
        assertThat(Layers.covers("/var/lib/apt/lists/*", "/var/lib/apt/lists/x"))
                .isTrue();
        assertThat(Layers.covers("/opt/app", "/opt/app/bin/tool")).isTrue();
        assertThat(Layers.covers("/opt/app", "/opt/application")).isFalse();
        assertThat(Layers.covers("/tmp/*.tar.gz", "/tmp/x.tar.gz")).isTrue();
        assertThat(Layers.covers("/tmp/*.tar.gz", "/tmp/x.zip")).isFalse();
        assertThat(Layers.covers("/opt/app-*", "/opt/app-1/bin")).isTrue();
        assertThat(Layers.covers("/", "/anything"))
                .as("rm -rf / is not a cleanup")
                .isFalse();
    }

    @Test
    void resolvesAgainstTheWorkingDirectoryOnlyWhenKnown() {
        assertThat(Layers.resolve("repo/.git", "/opt")).isEqualTo("/opt/repo/.git");
        assertThat(Layers.resolve("../x/./y/", "/opt/app")).isEqualTo("/opt/x/y");
        assertThat(Layers.resolve("repo", null)).isNull();
        assertThat(Layers.resolve("/abs", null)).isEqualTo("/abs");
    }

    @Test
    void expandsHomeAndTildeButNotUnknownVariables() {
        assertThat(Layers.expand("~/.cache/pip", null)).isEqualTo("/root/.cache/pip");
        assertThat(Layers.expand("$HOME/.npm", null)).isEqualTo("/root/.npm");
        assertThat(Layers.expand("${UNKNOWN}/x", null)).isNull();
        assertThat(Layers.expand("$(pwd)/x", null)).isNull();
    }

    @Test
    void expandsTheOperatorFormsAndLeavesAnyOtherDollarUnknown() {
        assertThat(Layers.expand("${HOME:-/tmp}/a", null)).isEqualTo("/root/a");
        assertThat(Layers.expand("${HOME-${X}}/a", null))
                .as("the operand ends at the first closing brace")
                .isEqualTo("/root}/a");
        assertThat(Layers.expand("a${HOME}b$HOME", null)).isEqualTo("a/rootb/root");
        assertThat(Layers.expand("${HOME:x}/a", null)).isNull();
        assertThat(Layers.expand("${HOME", null)).isNull();
        assertThat(Layers.expand("$1/x", null)).isNull();
        assertThat(Layers.expand("cost$", null)).isNull();
    }

    @Test
    void aGlobOfManyStarsIsMatchedInTimeLinearInItsLength() {
        // regression: each star was a regex [^/]*, and `rm -rf /tmp/*************************b` over an added
        // /tmp/aaaa...a (40 a) backtracked for minutes
        String glob = "/tmp/" + "*".repeat(25) + "b";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(Layers.covers(glob, "/tmp/" + "a".repeat(40))).isFalse();
            assertThat(Layers.covers(glob, "/tmp/" + "a".repeat(40) + "b")).isTrue();
        });
        // what a star and a question mark match, and what they do not
        assertThat(Layers.globMatches("/tmp/a*a", "/tmp/aa")).isTrue();
        assertThat(Layers.globMatches("/tmp/a*a", "/tmp/a/a")).isFalse();
        assertThat(Layers.globMatches("/tmp/?", "/tmp/x")).isTrue();
        assertThat(Layers.globMatches("/tmp/?", "/tmp/")).isFalse();
        assertThat(Layers.globMatches("/tmp/*", "/tmp/")).isTrue();
        assertThat(Layers.globMatches("/tmp/[ab]", "/tmp/a"))
                .as("brackets are plain characters here")
                .isFalse();
        assertThat(Layers.globMatches("/tmp/[ab]", "/tmp/[ab]")).isTrue();
    }
}
