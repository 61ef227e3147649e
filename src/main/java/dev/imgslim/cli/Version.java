package dev.imgslim.cli;

import dev.imgslim.catalog.BundledFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Properties;

/**
 * Reads the version, commit and build date Maven filtered into the jar. Not picocli's version provider itself
 * ({@link ImgslimCommand} has one): a lint that runs without picocli reads the version for its reports.
 */
public final class Version {
    private static final Properties PROPERTIES = load();

    private static Properties load() {
        Properties p = new Properties();
        try {
            byte[] bytes = BundledFiles.read("imgslim-version.properties");
            if (bytes != null) p.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            // an unreadable resource leaves every field "unknown": --version must not fail
        }
        return p;
    }

    /** A filtered value, or {@code fallback} where the build did not know it (an unresolved ${...}). */
    private static String value(String key, String fallback) {
        String v = PROPERTIES.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? fallback : v;
    }

    public static String get() {
        return value("version", "dev");
    }

    /** The abbreviated commit the jar was built from (HEAD of the checkout); "unknown" without git. */
    public static String commit() {
        return value("commit", "unknown");
    }

    /** The build's time, UTC, ISO 8601. */
    public static String buildDate() {
        return value("date", "unknown");
    }

    /** What {@code imgslim --version} prints: version, commit and build date, one per line. */
    static String line() {
        return String.join(System.lineSeparator(), lines());
    }

    /** The three lines {@code --version} prints. */
    static String[] lines() {
        return new String[] {"imgslim " + get(), "commit " + commit(), "built " + buildDate()};
    }
}
