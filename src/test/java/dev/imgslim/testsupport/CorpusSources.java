package dev.imgslim.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's list of the corpus's public sources (scripts/corpus-sources.tsv): for each file of
 * the shared corpus, the repository, path and commit it comes from, its git blob id and, for a real
 * Dockerfile, the sha256 of BuildKit's parser dump of it. Facts only: no file is copied into the project.
 */
public final class CorpusSources {
    private CorpusSources() {}

    public static final String FILE = "scripts/corpus-sources.tsv";

    /** One row; {@code dumpSha256} is "-" where there is no dump (ignore files, BuildKit's own test files). */
    public record Row(
            String set,
            String localFile,
            String repo,
            String path,
            String commit,
            String kind,
            String blobSha1,
            String dumpSha256) {
        public Path sharedFile(Path corpusRoot) {
            return corpusRoot.resolve(set).resolve(localFile);
        }

        public Row withCommit(String c) {
            return new Row(set, localFile, repo, path, c, kind, blobSha1, dumpSha256);
        }

        public String toTsv() {
            return String.join("\t", set, localFile, repo, path, commit, kind, blobSha1, dumpSha256);
        }
    }

    public static List<Row> read(Path projectDir) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(projectDir.resolve(FILE))) {
            if (line.startsWith("#") || line.startsWith("set\t") || line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            if (c.length != 8) throw new IllegalStateException(FILE + ": 8 columns expected: " + line);
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
        }
        return rows;
    }
}
