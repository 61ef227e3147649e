package dev.imgslim.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real corpus laid out as it was in its repositories: every MANIFEST.tsv row copied (at test time,
 * into a temporary folder) to {@code <owner>/<repo>/<repository path>} with an empty {@code .git} folder at each repository root, so that .dockerignore files,
 * parent folders and {@code <Dockerfile>.dockerignore} files stand where BuildKit would look for them.
 */
public final class CorpusLayout {
    private CorpusLayout() {}

    /** One Dockerfile in its original place: {@code label} is {@code owner/repo/path}. */
    public record Entry(String label, Path file) {}

    /** Lays the corpus out under {@code dir}; returns the Dockerfiles (not the ignore files), in manifest order. */
    public static List<Entry> layOut(Path dir) throws IOException {
        Path real = RealCorpus.real();
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(real.resolve("MANIFEST.tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols[0].equals("local_file")) continue;
            String repo = cols[1];
            String path = cols[2];
            Path root = dir.resolve(repo);
            // A checkout's root holds .git: that is where imgslim stops looking upwards for a context.
            Files.createDirectories(root.resolve(".git"));
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Files.copy(real.resolve(cols[0]), target);
            if (!path.endsWith(".dockerignore")) out.add(new Entry(repo + "/" + path, target));
        }
        return out;
    }
}
