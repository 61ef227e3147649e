package dev.imgslim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class that reads the shared folder carries {@code @Tag("shared")} and reaches it through
 * {@link RealCorpus}, so that a run without {@code ../shared} skips exactly that group (and a run that
 * requires it fails). A new corpus test that forgets either would fail on a fresh clone or a GitHub runner.
 */
class SharedTagConventionTest {

    private static final Pattern READS_SHARED = Pattern.compile(
            "RealCorpus\\.(root|real|facts|dockerfiles|review)\\(|\\bCorpus\\.(root|parse)\\(|CorpusFromLines\\.(corpus|dockerfiles)\\(|CorpusLayout\\.layOut\\(");
    private static final Pattern LITERAL_PATH =
            Pattern.compile("\"\\.\\./shared|\"shared\",\\s*\"(corpus|facts)\"|\"\\.\\.\",\\s*\"shared\"");

    @Test
    void everyTestThatReadsTheSharedFolderIsTaggedAndUsesTheHelper() throws IOException {
        Path root = Path.of("src/test/java");
        List<String> untagged = new ArrayList<>();
        List<String> bypassing = new ArrayList<>();
        int tagged = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (f.getFileName().toString().equals("RealCorpus.java")
                        || f.getFileName().toString().equals(getClass().getSimpleName() + ".java")) continue;
                if (LITERAL_PATH.matcher(src).find())
                    bypassing.add(root.relativize(f).toString());
                boolean isTest =
                        src.contains("@Test") || src.contains("@TestFactory") || src.contains("@ParameterizedTest");
                if (!isTest || !READS_SHARED.matcher(src).find()) continue;
                if (src.contains("@Tag(\"" + RealCorpus.TAG + "\")")) tagged++;
                else untagged.add(root.relativize(f).toString());
            }
        }
        assertThat(bypassing)
                .as("tests naming ../shared themselves instead of RealCorpus.root()/facts()")
                .isEmpty();
        assertThat(untagged)
                .as("tests that read ../shared without @Tag(\"shared\")")
                .isEmpty();
        assertThat(tagged).as("tagged shared tests found").isGreaterThanOrEqualTo(10);
    }
}
