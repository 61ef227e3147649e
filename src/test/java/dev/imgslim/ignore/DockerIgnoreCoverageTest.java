package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DockerIgnore#coverage(String)} is computed from the patterns, not by listing files. Check
 * it against brute force: for random files, every path below a directory reported EXCLUDED must be
 * excluded, and none below one reported INCLUDED may be. (PARTIAL promises nothing.)
 */
class DockerIgnoreCoverageTest {

    private static final String[] NAMES = {"a", "b", "ab", ".git", "node_modules", "keep", "x.pyc", "sub1", "c"};
    private static final String[] PATTERN_PARTS = {
        "a", "b", "*", "**", "?", ".git", "node_modules", "keep", "*.pyc", "sub1*", "[ab]", "a*", "[^a]"
    };

    @Test
    void coverageAgreesWithEveryPathBelow() {
        Random random = new Random(20261127);
        // depth 1 dirs get two levels below them checked, depth 2 dirs one: paths of depth 3 at most
        List<String> twoBelow = allPaths(2);
        List<String> oneBelow = allPaths(1);
        int checked = 0;
        for (int round = 0; round < 50; round++) {
            DockerIgnore ignore = DockerIgnore.read(randomFile(random));
            assertThat(ignore.problems()).isEmpty();
            for (String dir : allPaths(2)) {
                Coverage coverage = ignore.coverage(dir);
                if (coverage == Coverage.PARTIAL) {
                    continue;
                }
                List<String> paths = new ArrayList<>(List.of(dir));
                (dir.contains("/") ? oneBelow : twoBelow).forEach(rest -> paths.add(dir + "/" + rest));
                for (String path : paths) {
                    boolean excluded = ignore.isExcluded(path);
                    if (excluded != (coverage == Coverage.EXCLUDED)) {
                        assertThat(excluded)
                                .as("%s under %s with%n%s", path, coverage, ignore.patterns())
                                .isEqualTo(coverage == Coverage.EXCLUDED);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    private static String randomFile(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            if (random.nextInt(3) == 0) {
                text.append('!');
            }
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                if (p > 0) {
                    text.append('/');
                }
                text.append(PATTERN_PARTS[random.nextInt(PATTERN_PARTS.length)]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static List<String> allPaths(int depth) {
        List<String> result = new ArrayList<>();
        List<String> level = List.of("");
        for (int d = 0; d < depth; d++) {
            List<String> next = new ArrayList<>();
            for (String prefix : level) {
                for (String name : NAMES) {
                    next.add(prefix.isEmpty() ? name : prefix + "/" + name);
                }
            }
            result.addAll(next);
            level = next;
        }
        return result;
    }
}
