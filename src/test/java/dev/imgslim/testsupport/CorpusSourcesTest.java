package dev.imgslim.testsupport;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The project's list of corpus sources says the truth about ../shared/corpus: it names every file
 * there (READMEs aside), each file's git blob id is what the list says, and each dump checksum is that
 * of BuildKit's dump in real-results/. So a corpus fetched from the list equals this one, and the
 * conformance test can compare with the checksums where real-results/ is absent.
 */
@Tag("shared")
class CorpusSourcesTest {

    @Test
    void everySharedCorpusFileIsListedWithItsBlobIdAndDumpChecksum() throws Exception {
        Path corpus = RealCorpus.root();
        List<CorpusSources.Row> rows = CorpusSources.read(Path.of("."));
        TreeSet<String> listed = new TreeSet<>();
        int dumps = 0;
        for (CorpusSources.Row r : rows) {
            assertThat(listed.add(r.set() + "/" + r.localFile()))
                    .as("listed once: " + r.localFile())
                    .isTrue();
            Path file = r.sharedFile(corpus);
            assertThat(gitBlobId(Files.readAllBytes(file))).as(r.localFile()).isEqualTo(r.blobSha1());
            assertThat(r.commit()).matches("[0-9a-f]{40}");
            if (r.set().equals("real") && r.kind().equals("dockerfile")) {
                Path dump = corpus.resolve("real-results").resolve(r.localFile() + ".result");
                assertThat(sha256(Files.readAllBytes(dump)))
                        .as("dump of " + r.localFile())
                        .isEqualTo(r.dumpSha256());
                dumps++;
            }
        }
        TreeSet<String> present = new TreeSet<>();
        for (String set : List.of("real", "buildkit-parser")) {
            try (Stream<Path> s = Files.walk(corpus.resolve(set))) {
                s.filter(Files::isRegularFile)
                        .map(p -> corpus.relativize(p).toString())
                        .filter(f ->
                                !f.endsWith("README.md") && !f.endsWith("MANIFEST.tsv") && !f.endsWith("INDEX.tsv"))
                        .forEach(present::add);
            }
        }
        assertThat(listed).isEqualTo(present);
        System.out.printf(
                "corpus sources: %d files listed, blob ids match, %d BuildKit dump checksums match%n",
                rows.size(), dumps);
    }

    static String gitBlobId(byte[] content) throws NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(("blob " + content.length + "\0").getBytes(US_ASCII));
        return HexFormat.of().formatHex(sha1.digest(content));
    }

    public static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
