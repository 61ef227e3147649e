package dev.imgslim.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of a temporary folder a run made for itself (ShellCheck's scripts, the archive training's files). */
public final class ScratchFolders {
    private ScratchFolders() {}

    /** Deletes the folder and everything in it; what cannot be deleted stays (a leftover is not worth failing for). */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // as documented: best effort
        }
    }
}
