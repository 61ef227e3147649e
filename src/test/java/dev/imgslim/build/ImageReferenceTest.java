package dev.imgslim.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table tests for {@link ImageReference}: expected values are what Docker's distribution/reference
 * ({@code ParseNormalizedNamed}, {@code FamiliarName}, {@code TagNameOnly}) gives for the same input.
 */
class ImageReferenceTest {

    private static final String SHA256 = "sha256:" + "a".repeat(64);
    private static final String REAL_SHA = "sha256:9e2bbca079387d7965c3a9cee6d0c53f4f4e63ff7637877a83c4c05f2a666112";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # input                                  | domain             | path                    | tag    | digest
            python                                   | docker.io          | library/python          | -      | -
            python:3.12-slim                         | docker.io          | library/python          | 3.12-slim | -
            user/app                                 | docker.io          | user/app                | -      | -
            user/app:1.0                             | docker.io          | user/app                | 1.0    | -
            docker.io/python                         | docker.io          | library/python          | -      | -
            docker.io/library/python:3               | docker.io          | library/python          | 3      | -
            index.docker.io/library/python           | docker.io          | library/python          | -      | -
            index.docker.io/user/app                 | docker.io          | user/app                | -      | -
            ghcr.io/o/r:1                            | ghcr.io            | o/r                     | 1      | -
            localhost/x                              | localhost          | x                       | -      | -
            localhost:5000/x                         | localhost:5000     | x                       | -      | -
            myregistry:5000/team/app:v2              | myregistry:5000    | team/app                | v2     | -
            127.0.0.1:5000/library/python:3.12       | 127.0.0.1:5000     | library/python          | 3.12   | -
            [::1]:5000/x                             | [::1]:5000         | x                       | -      | -
            [2001:db8::1]/x:y                        | [2001:db8::1]      | x                       | y      | -
            Example.COM/app                          | Example.COM        | app                     | -      | -
            Registry/app                             | Registry           | app                     | -      | -
            a.b.c/d/e/f/g:h                          | a.b.c              | d/e/f/g                 | h      | -
            nvcr.io/nvidia/pytorch:24.03-py3         | nvcr.io            | nvidia/pytorch          | 24.03-py3 | -
            foo_bar/baz__qux/a--b/c.d                | docker.io          | foo_bar/baz__qux/a--b/c.d | -    | -
            localhost                                | docker.io          | library/localhost       | -      | -
            example.com                              | docker.io          | library/example.com     | -      | -
            localhost:5000                           | docker.io          | library/localhost       | 5000   | -
            scratch                                  | docker.io          | library/scratch         | -      | -
            a                                        | docker.io          | library/a               | -      | -
            x:_tag                                   | docker.io          | library/x               | _tag   | -
            x:Tag.With-Caps_1                        | docker.io          | library/x               | Tag.With-Caps_1 | -
            """)
    void parsesAndNormalises(String input, String domain, String path, String tag, String digest) {
        ImageReference ref = ImageReference.parse(input);
        assertThat(ref).isEqualTo(new ImageReference(input, domain, path, tag, digest));
    }

    @Test
    void digests() {
        ImageReference digestOnly = ImageReference.parse("alpine@" + SHA256);
        assertThat(digestOnly)
                .isEqualTo(new ImageReference("alpine@" + SHA256, "docker.io", "library/alpine", null, SHA256));
        assertThat(digestOnly.tagOrLatest()).isNull();
        assertThat(digestOnly.normalized()).isEqualTo("docker.io/library/alpine@" + SHA256);

        ImageReference both = ImageReference.parse("python:3.13-slim@" + REAL_SHA);
        assertThat(both.tag()).isEqualTo("3.13-slim");
        assertThat(both.digest()).isEqualTo(REAL_SHA);
        assertThat(both.normalized()).isEqualTo("docker.io/library/python:3.13-slim@" + REAL_SHA);

        String sha512 = "sha512:" + "0123456789abcdef".repeat(8);
        assertThat(ImageReference.parse("ghcr.io/o/r@" + sha512).digest()).isEqualTo(sha512);
        String sha384 = "sha384:" + "f".repeat(96);
        assertThat(ImageReference.parse("r@" + sha384).digest()).isEqualTo(sha384);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # input                      | familiarName     | fullName                       | normalized                            | repositoryName
            python                       | python           | docker.io/library/python       | docker.io/library/python:latest       | python
            python:3.12                  | python           | docker.io/library/python       | docker.io/library/python:3.12         | python
            docker.io/library/python     | python           | docker.io/library/python       | docker.io/library/python:latest       | python
            user/app                     | user/app         | docker.io/user/app             | docker.io/user/app:latest             | app
            library/a/b                  | library/a/b      | docker.io/library/a/b          | docker.io/library/a/b:latest          | b
            ghcr.io/o/r:1                | ghcr.io/o/r      | ghcr.io/o/r                    | ghcr.io/o/r:1                         | r
            ghcr.io/library/x            | ghcr.io/library/x | ghcr.io/library/x             | ghcr.io/library/x:latest              | x
            localhost:5000/x             | localhost:5000/x | localhost:5000/x               | localhost:5000/x:latest               | x
            index.docker.io/user/app:2   | user/app         | docker.io/user/app             | docker.io/user/app:2                  | app
            """)
    void names(String input, String familiar, String full, String normalized, String repositoryName) {
        ImageReference ref = ImageReference.parse(input);
        assertThat(ref.familiarName()).isEqualTo(familiar);
        assertThat(ref.fullName()).isEqualTo(full);
        assertThat(ref.normalized()).isEqualTo(normalized);
        assertThat(ref.repositoryName()).isEqualTo(repositoryName);
    }

    @Test
    void tagOrLatest() {
        assertThat(ImageReference.parse("python").tagOrLatest()).isEqualTo("latest");
        assertThat(ImageReference.parse("python:3").tagOrLatest()).isEqualTo("3");
        assertThat(ImageReference.parse("python:3@" + SHA256).tagOrLatest()).isEqualTo("3");
        assertThat(ImageReference.parse("python").tag()).isNull();
    }

    @Test
    void scratchIsOnlyTheBareReservedName() {
        assertThat(ImageReference.parse("scratch").isScratch()).isTrue();
        assertThat(ImageReference.parse("scratch:latest").isScratch()).isFalse();
        assertThat(ImageReference.parse("docker.io/library/scratch").isScratch())
                .isFalse();
        assertThat(ImageReference.parse("python").isScratch()).isFalse();
    }

    @Test
    void withTagReplacesTheTagAndKeepsTheDigest() {
        ImageReference slim = ImageReference.parse("python:3.12").withTag("3.12-slim");
        assertThat(slim)
                .isEqualTo(new ImageReference("python:3.12-slim", "docker.io", "library/python", "3.12-slim", null));
        assertThat(slim.normalized()).isEqualTo("docker.io/library/python:3.12-slim");

        ImageReference pinned = ImageReference.parse("ghcr.io/o/r@" + SHA256).withTag("v1");
        assertThat(pinned.original()).isEqualTo("ghcr.io/o/r:v1@" + SHA256);
        assertThat(pinned.digest()).isEqualTo(SHA256);
        assertThat(ImageReference.parse(pinned.original())).isEqualTo(pinned);

        assertThatThrownBy(() -> ImageReference.parse("python").withTag("-bad"))
                .isInstanceOfSatisfying(InvalidImageReferenceException.class, e -> assertThat(e.reason())
                        .isEqualTo("invalid tag format"));
        assertThatThrownBy(() -> ImageReference.parse("python").withTag("x".repeat(129)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # input                          | Docker's reason
            Python                           | invalid reference format: repository name (library/Python) must be lowercase
            user/App:1                       | invalid reference format: repository name (user/App) must be lowercase
            ghcr.io/Org/repo                 | invalid reference format: repository name (Org/repo) must be lowercase
            ''                               | invalid reference format
            :tag                             | invalid reference format
            python:                          | invalid reference format
            python:-bad                      | invalid reference format
            python:.bad                      | invalid reference format
            python:a/b                       | invalid reference format
            python:tag with space            | invalid reference format
            -python                          | invalid reference format
            py--thon_                        | invalid reference format
            a..b/c                           | invalid reference format
            user//app                        | invalid reference format
            user/app/                        | invalid reference format
            ghcr.io/                         | invalid reference format
            a___b                            | invalid reference format
            [::1/x                           | invalid reference format
            [fe80::1%eth0]/x                 | invalid reference format
            python@sha256:abc                | invalid reference format
            python@                          | invalid reference format
            http://ghcr.io/o/r               | invalid reference format
            """)
    void rejectsInvalidReferences(String input, String reason) {
        assertThatThrownBy(() -> ImageReference.parse(input))
                .isInstanceOfSatisfying(InvalidImageReferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.reference()).isEqualTo(input);
                    assertThat(e.getMessage()).isEqualTo("invalid image reference \"" + input + "\": " + reason);
                });
    }

    @Test
    void rejectsBadDigestsWithGoDigestsMessages() {
        assertReason("python@sha256:" + "A".repeat(64), "invalid checksum digest format");
        assertReason("python@sha256:" + "a".repeat(63) + "0a", "invalid checksum digest length");
        assertReason("python@sha256:" + "a".repeat(32), "invalid checksum digest length");
        assertReason("python@md5:" + "a".repeat(32), "unsupported digest algorithm");
        assertReason("python@sha256+b64:" + "a".repeat(64), "unsupported digest algorithm");
        assertReason(
                "a".repeat(64),
                "invalid repository name (" + "a".repeat(64) + "), cannot specify 64-byte hexadecimal strings");
    }

    @Test
    void rejectsNamesOverTheLengthLimit() {
        String longPath = "a/".repeat(120) + "abcdefg"; // docker.io/ + 247 = 257 characters
        assertReason(longPath, "repository name must not be more than 255 characters");
        String justFits = "a/".repeat(120) + "abcde"; // 10 + 245 = 255
        assertThat(ImageReference.parse(justFits).fullName()).hasSize(255);
    }

    @Test
    void longestValidReferenceParsesAndAnythingLongerIsRejectedWithoutOverflowingTheStack() {
        String name = "registry.example/" + "a".repeat(255 - "registry.example/".length());
        String longest = name + ":" + "t".repeat(128) + "@sha512:" + "0".repeat(128);
        assertThat(longest).hasSize(520);
        assertThat(ImageReference.parse(longest).fullName()).hasSize(255);

        assertReason("a-".repeat(5000) + "a", "repository name must not be more than 255 characters");
        assertReason("a/".repeat(5000) + "a:tag", "repository name must not be more than 255 characters");
        assertReason("x:" + "t".repeat(5000), "invalid reference format");
        assertReason("x@sha256:" + "0".repeat(5000), "invalid checksum digest length");
        assertReason("x:1@sha1024:" + "0".repeat(256), "unsupported digest algorithm");
        assertReason("x@sha256:" + "0".repeat(5000) + "!", "invalid reference format");
    }

    @Test
    void tagLimitIs128Characters() {
        assertThat(ImageReference.parse("x:" + "t".repeat(128)).tag()).hasSize(128);
        assertReason("x:" + "t".repeat(129), "invalid reference format");
    }

    @Test
    void uppercaseAfterANonDomainFirstComponentIsReportedAsLowercaseProblem() {
        // "Registry/App" -> domain Registry, path App, which must be lowercase.
        assertReason("Registry/App", "invalid reference format: repository name (App) must be lowercase");
    }

    // ------------------------------------------------------------ FROM lines of real Dockerfiles

    /** The literal (variable-free) FROM images of the shared corpus, read through the parser. */
    static Stream<String> corpusImages() throws Exception {
        TreeSet<String> images = new TreeSet<>();
        for (Path f : dev.imgslim.testsupport.RealCorpus.dockerfiles()) {
            for (dev.imgslim.syntax.Instruction ins :
                    dev.imgslim.testsupport.RealCorpus.parse(f).instructions()) {
                if (ins.is("FROM")
                        && !ins.args().isEmpty()
                        && !ins.args().get(0).contains("$"))
                    images.add(ins.args().get(0));
            }
        }
        // Stage names (FROM builder) parse as Docker Hub images too, as they do in BuildKit's parser.
        assertThat(images).as("FROM images in the corpus").hasSizeGreaterThan(150);
        return images.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @Tag("shared")
    @MethodSource("corpusImages")
    void everyFromImageOfTheRealCorpusParses(String image) {
        ImageReference ref = ImageReference.parse(image);
        assertThat(ref.original()).isEqualTo(image);
        // Round trip: the normalised form parses to the same repository, tag and digest.
        ImageReference again = ImageReference.parse(ref.normalized());
        assertThat(again.fullName()).isEqualTo(ref.fullName());
        assertThat(again.tagOrLatest()).isEqualTo(ref.tagOrLatest());
        assertThat(again.digest()).isEqualTo(ref.digest());
        assertThat(ImageReference.parse(ref.familiarName()).fullName()).isEqualTo(ref.fullName());
    }

    /** Makes a missing corpus visible as a skipped test: the parameterized test above then has no rows. */
    @Test
    @Tag("shared")
    void theRealCorpusIsThere() throws Exception {
        assertThat(dev.imgslim.testsupport.RealCorpus.dockerfiles()).isNotEmpty();
    }

    @Test
    void corpusSpotChecks() {
        assertThat(ImageReference.parse("gcr.io/google.com/cloudsdktool/google-cloud-cli:alpine"))
                .isEqualTo(new ImageReference(
                        "gcr.io/google.com/cloudsdktool/google-cloud-cli:alpine",
                        "gcr.io",
                        "google.com/cloudsdktool/google-cloud-cli",
                        "alpine",
                        null));
        assertThat(ImageReference.parse("docker.mirror.hashicorp.services/golang:alpine")
                        .familiarName())
                .isEqualTo("docker.mirror.hashicorp.services/golang");
        assertThat(ImageReference.parse("docker.io/library/busybox@" + REAL_SHA).familiarName())
                .isEqualTo("busybox");
        assertThat(ImageReference.parse("amd64/almalinux:8").fullName()).isEqualTo("docker.io/amd64/almalinux");
    }

    private static void assertReason(String input, String reason) {
        assertThatThrownBy(() -> ImageReference.parse(input))
                .isInstanceOfSatisfying(InvalidImageReferenceException.class, e -> assertThat(e.reason())
                        .isEqualTo(reason));
    }

    @Test
    void aRegistryTheGrammarCannotReadAsAHostStaysTheRegistry() {
        // regression: found by fuzzing, `my_registry.local/app` threw a NullPointerException: the grammar reads no
        // domain there ('_' is no hostname character) and Docker's Parse leaves it empty, but the pull goes to
        // my_registry.local (containerd splits at the first '/'), so that is the registry
        assertThat(ImageReference.parse("my_registry.local/app:1.0"))
                .isEqualTo(new ImageReference("my_registry.local/app:1.0", "my_registry.local", "app", "1.0", null));
        assertThat(ImageReference.parse("my_registry.local/team/app@" + SHA256))
                .isEqualTo(new ImageReference(
                        "my_registry.local/team/app@" + SHA256, "my_registry.local", "team/app", null, SHA256));
        assertThat(ImageReference.parse("my_registry.local/app").familiarName()).isEqualTo("my_registry.local/app");
        // with a port the name is no path either: invalid, as in Docker
        assertReason("my_registry.local:5000/app", "invalid reference format");
    }

    /** The components of {@link ImageReference}, as a record whose equals and hashCode are the JDK's own. */
    private record Components(String original, String domain, String path, String tag, String digest) {}

    @Test
    void equalsAndHashCodeAreThoseARecordWouldHave() {
        String[] refs = {"python", "python:3.12-slim", "ghcr.io/a/b@" + SHA256, "localhost:5000/x:1@" + SHA256};
        for (String text : refs) {
            ImageReference r = ImageReference.parse(text);
            Components c = new Components(r.original(), r.domain(), r.path(), r.tag(), r.digest());
            // the same hash: hash maps keyed by references iterate in the order they did
            assertThat(r.hashCode()).as(text).isEqualTo(c.hashCode());
            assertThat(r).isEqualTo(ImageReference.parse(text));
            for (String other : refs) {
                if (!other.equals(text)) assertThat(r).isNotEqualTo(ImageReference.parse(other));
            }
        }
        ImageReference a = ImageReference.parse("python:3.12");
        assertThat(a).isNotEqualTo(new ImageReference(a.original(), a.domain(), a.path(), null, a.digest()));
        assertThat(a).isNotEqualTo(new ImageReference(a.original(), a.domain(), a.path(), a.tag(), SHA256));
        assertThat(a).isNotEqualTo(null).isNotEqualTo("python:3.12");
    }
}
