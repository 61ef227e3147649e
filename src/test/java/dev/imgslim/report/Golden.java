package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exact-text comparison with {@code src/test/resources/report/<name>.golden}.
 * {@code mvn test -Dupdate.golden=true} rewrites the files instead; review the diff before committing.
 * Read from the source tree, not the classpath, so the file rewritten is the file compared.
 */
final class Golden {
    private Golden() {}

    static Path path(String name) {
        return Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "report", name + ".golden");
    }

    static void assertMatches(String name, String actual) {
        Path file = path(name);
        try {
            if (Boolean.getBoolean("update.golden")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file))
                fail("no golden file " + file + "; run mvn test -Dupdate.golden=true and review it");
            assertThat(actual)
                    .as("output vs %s (regenerate with -Dupdate.golden=true)", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
