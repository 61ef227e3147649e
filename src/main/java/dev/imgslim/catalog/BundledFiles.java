package dev.imgslim.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the files bundled with imgslim's classes (the catalog, the rule table, the version) straight from
 * where those classes come from: the jar, or the classes folder of a build. {@code ClassLoader.getResource}
 * asks the JDK's own class loaders first, and they look for a name outside their packages in each of their
 * modules, one by one: for the 15 files a one-file lint reads, about 5 % of its main thread's CPU time. Where
 * the classes come from something else, the class loader is asked as before.
 */
public final class BundledFiles {
    private BundledFiles() {}

    /** The jar (kept open: the class loader keeps it open too, and both share its index) or the folder. */
    private static final class Origin {
        static final ZipFile JAR;
        static final Path FOLDER;

        static {
            ZipFile jar = null;
            Path folder = null;
            try {
                CodeSource source = BundledFiles.class.getProtectionDomain().getCodeSource();
                URL location = source == null ? null : source.getLocation();
                if (location != null && location.getProtocol().equals("file")) {
                    Path path = Path.of(location.toURI());
                    if (Files.isDirectory(path)) folder = path;
                    else if (Files.isRegularFile(path)) jar = new ZipFile(path.toFile());
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // not a file of ours: the class loader finds the files
            }
            JAR = jar;
            FOLDER = folder;
        }
    }

    /**
     * The bytes of a bundled file, named as for {@code ClassLoader.getResource} ({@code
     * imgslim/rules/catalog/index.json}); null when there is no such file.
     */
    public static byte[] read(String name) throws IOException {
        if (Origin.JAR != null) {
            ZipEntry entry = Origin.JAR.getEntry(name);
            if (entry != null && !entry.isDirectory()) {
                try (InputStream in = Origin.JAR.getInputStream(entry)) {
                    return in.readAllBytes();
                }
            }
        } else if (Origin.FOLDER != null) {
            Path file = Origin.FOLDER.resolve(name);
            if (Files.isRegularFile(file)) return Files.readAllBytes(file);
        }
        // elsewhere (another class path entry, a test's resources): where the class loader finds it
        try (InputStream in = BundledFiles.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
