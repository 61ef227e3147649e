package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Replays answers recorded from the real moby/patternmatcher (see the header of
 * {@code patternmatcher-vectors.tsv}): random patterns full of quirks ({@code [*]}, {@code a^*},
 * {@code **dir}, {@code \d}, reversed ranges) against random paths, for both of its entry points.
 */
class PatternMatcherVectorsTest {

    @Test
    void agreesWithRecordedPatternmatcherAnswers() throws IOException {
        int compared = 0;
        int rejected = 0;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("patternmatcher-vectors.tsv"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                List<String> patterns = List.of(columns[0].split("\\|", -1));
                String[] paths = columns[1].split("\\|", -1);
                String expected = columns[2];
                DockerIgnore ignore = DockerIgnore.read(String.join("\n", patterns));
                String context = "patterns " + patterns;

                if (expected.equals("NEWERR")) {
                    // Rejected up front: we must reject at least one line too.
                    assertThat(ignore.problems()).as(context).isNotEmpty();
                    rejected++;
                    continue;
                }
                if (!ignore.problems().isEmpty()) {
                    // A regexp that does not compile: Go errors only once it evaluates that line,
                    // so its answers say nothing; but where Go did error, we must have flagged it.
                    rejected++;
                    continue;
                }
                String[] answers = expected.split(" ");
                assertThat(answers).as(context).hasSize(paths.length);
                for (int i = 0; i < paths.length; i++) {
                    String c = context + ", path " + paths[i];
                    assertThat(answers[i]).as(c).doesNotContain("E");
                    assertThat(ignore.matcher().matchesOrParentMatches(paths[i]))
                            .as(c + " (MatchesOrParentMatches)")
                            .isEqualTo(answers[i].charAt(0) == '1');
                    assertThat(ignore.isExcluded(paths[i])).as(c + " (walker)").isEqualTo(answers[i].charAt(1) == '1');
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(5_000);
        assertThat(rejected).isGreaterThan(100);
    }
}
