package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.imgslim.build.ImageReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the catalog over every FROM line of the real-world corpus, prints a table, and checks a
 * hand-verified subset.
 */
@Tag("shared")
class CatalogTagMatchingTest {

    private static final Catalog CATALOG = Catalog.load();
    /** resolved image text → files it appears in (relative to the corpus). */
    private static final Map<String, List<String>> IMAGES = new TreeMap<>();
    /** resolved image text → the FROM lines as written (to tell ARG-templated ones). */
    private static final Map<String, List<String>> RAW = new TreeMap<>();

    private static final Map<String, Integer> SKIPPED = new TreeMap<>();
    private static int fromLines;

    private static boolean read;

    /**
     * Reads the corpus once, before the first test. Not {@code @BeforeAll}: a missing corpus aborts each
     * test here, so the report lists them as skipped instead of "Tests run: 0".
     */
    @BeforeEach
    void readCorpus() throws IOException {
        if (read) {
            return;
        }
        for (Path file : CorpusFromLines.dockerfiles()) {
            for (CorpusFromLines.From f : CorpusFromLines.froms(file)) {
                fromLines++;
                if (f.image() == null) {
                    SKIPPED.merge(f.skipReason(), 1, Integer::sum);
                } else {
                    IMAGES.computeIfAbsent(f.image(), k -> new ArrayList<>())
                            .add(CorpusFromLines.corpus().relativize(file).toString());
                    RAW.computeIfAbsent(f.image(), k -> new ArrayList<>()).add(f.raw());
                }
            }
        }
        read = true;
    }

    static String describe(Catalog catalog, String image) {
        ImageReference ref;
        try {
            ref = ImageReference.parse(image);
        } catch (IllegalArgumentException e) {
            return "unparseable | - | -";
        }
        Optional<CatalogMatch> m = catalog.match(ref);
        if (m.isEmpty()) {
            return "- | - | -";
        }
        CatalogMatch match = m.get();
        String variant = match.variant().map(VariantData::id).orElse("?");
        String suggestion = catalog.slimmer(match).map(Suggestion::image).orElse("-");
        if (catalog.isToolchain(match)) {
            List<Suggestion> bases = catalog.runtimeBases(match);
            if (!bases.isEmpty()) {
                suggestion += " | final stage: " + bases.get(0).image();
            }
        }
        return match.familyId() + " | " + variant + " | " + suggestion;
    }

    @Test
    void everyCorpusFromLineIsHandledAndPrinted() {
        assertThat(TestRefs.realParser())
                .as("the corpus table uses ImageReference.parse")
                .isTrue();
        assertThat(fromLines).isGreaterThan(400);
        Map<String, Integer> families = new TreeMap<>();
        int known = 0;
        int withVariant = 0;
        int suggested = 0;
        System.out.println("| image | family | variant | slimmer suggestion |");
        for (String image : IMAGES.keySet()) {
            String[] row = new String[1];
            assertThatCode(() -> row[0] = describe(CATALOG, image)).as(image).doesNotThrowAnyException();
            System.out.println("| " + image + " | " + row[0] + " |");
            String family = row[0].split(" \\| ")[0];
            if (!family.equals("-") && !family.equals("unparseable")) {
                known++;
                families.merge(family, 1, Integer::sum);
                if (!row[0].split(" \\| ")[1].equals("?")) {
                    withVariant++;
                }
                if (!row[0].split(" \\| ")[2].startsWith("-")) {
                    suggested++;
                }
            }
        }
        System.out.printf(
                "corpus: %d FROM lines, %d distinct resolved images, skipped %s%n", fromLines, IMAGES.size(), SKIPPED);
        System.out.printf(
                "catalog knows the family of %d, the variant of %d, suggests a slimmer tag for %d; families %s%n",
                known, withVariant, suggested, families);
        assertThat(SKIPPED.get("stage"))
                .as("FROM <earlier stage> lines are skipped")
                .isGreaterThan(50);
        assertThat(known).as("a useful share of real base images is recognised").isGreaterThan(IMAGES.size() / 3);
    }

    /**
     * Hand-checked rows: each image is taken from the corpus (the test fails if it is not there),
     * the expectations were checked against the tag lists of the images. "-" means none;
     * "?" means the family is known but the variant is not (digest-only references).
     * {@code templated} rows must come from a FROM line with an ARG that the test resolved.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            python:3.12                                  | python          | full        | python:3.12-slim                          | false
            python:3.8-bookworm                          | python          | full        | python:3.8-slim-bookworm                  | false
            python:3.10-bullseye                         | python          | full        | python:3.10-slim-bullseye                 | false
            python:3.13.12-slim-trixie@sha256:8bc60ca09afaa8ea0d6d1220bde073bacfedd66a4bf8129cbdc8ef0e16c8a952 | python | slim | python:3.13.12-alpine | false
            node:22                                      | node            | full        | node:22-slim                              | false
            node:24-trixie                               | node            | full        | node:24-trixie-slim                       | false
            node:lts                                     | node            | full        | node:lts-slim                             | false
            node:17.0.1-bullseye-slim                    | node            | slim        | node:17.0.1-alpine                        | false
            golang:1.26.6@sha256:0d1d3a794be25f809dd2cb3160d8c73276c4056a9f8242a138e908ddeee7b6b6 | golang | full | golang:1.26.6-alpine | false
            golang:1.26-alpine3.23                       | golang          | alpine      | -                                         | true
            nvidia/cuda:13.2.1-cudnn-devel-ubuntu24.04   | nvidia/cuda     | cudnn-devel | nvidia/cuda:13.2.1-cudnn-runtime-ubuntu24.04 | false
            nvidia/cuda:13.3.0-devel-ubuntu24.04         | nvidia/cuda     | devel       | nvidia/cuda:13.3.0-runtime-ubuntu24.04    | true
            nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04     | nvidia/cuda     | cudnn-devel | nvidia/cuda:9.0-cudnn7-runtime-ubuntu16.04 | true
            nvidia/cuda:12.9.1-runtime-amzn2023          | nvidia/cuda     | runtime     | nvidia/cuda:12.9.1-base-amzn2023          | false
            nvcr.io/nvidia/cuda:13.2.1-base-ubuntu22.04  | nvidia/cuda     | base        | -                                         | false
            eclipse-temurin:21-jre-noble                 | eclipse-temurin | jre         | eclipse-temurin:21-jre-alpine             | false
            mcr.microsoft.com/dotnet/sdk:5.0             | mcr.microsoft.com/dotnet | sdk | mcr.microsoft.com/dotnet/aspnet:5.0     | false
            registry.access.redhat.com/ubi8/ubi:8.6      | ubi             | ubi         | registry.access.redhat.com/ubi8/ubi-minimal:8.6 | false
            registry.access.redhat.com/ubi9/ubi-micro:latest | ubi         | micro       | -                                         | false
            gcr.io/distroless/base-debian12:nonroot      | gcr.io/distroless | base      | gcr.io/distroless/static-debian12:nonroot | false
            gcr.io/distroless/static-debian13:nonroot-amd64 | gcr.io/distroless | static | -                                         | true
            alpine@sha256:5ce5f501c457015c4b91f91a15ac69157d9b06f1a75cf9107bf2b62e0843983a | alpine | ? | - | false
            docker.io/library/busybox@sha256:9e2bbca079387d7965c3a9cee6d0c53f4f4e63ff7637877a83c4c05f2a666112 | busybox | ? | - | false
            ubuntu:22.04@sha256:eb29ed27b0821dca09c2e28b39135e185fc1302036427d5f4d70a41ce8fd7659 | ubuntu | base | - | false
            ubuntu                                       | ubuntu          | base        | -                                         | false
            scratch                                      | scratch         | scratch     | -                                         | false
            buildpack-deps:trixie                        | buildpack-deps  | full        | buildpack-deps:trixie-scm                 | false
            debian:10.13                                 | debian          | full        | debian:10.13-slim                         | false
            debian:bookworm-slim                         | debian          | slim        | -                                         | false
            php:8.5-fpm-alpine3.24                       | php             | fpm-alpine  | -                                         | false
            rust:1.64                                    | rust            | full        | rust:1.64-slim                            | false
            nvcr.io/nvidia/tritonserver:21.05-py3        | nvcr.io/nvidia/tritonserver | py3 | nvcr.io/nvidia/tritonserver:21.05-py3-min | false
            quay.io/libpod/alpine:latest                 | -               | -           | -                                         | false
            huggingface/lerobot-gpu:latest               | -               | -           | -                                         | false
            docker.mirror.hashicorp.services/golang:alpine | -             | -           | -                                         | false
            nginx:1.27.4-alpine                          | -               | -           | -                                         | false
            """)
    void handCheckedCorpusRows(String image, String family, String variant, String suggestion, boolean templated) {
        assertThat(IMAGES).as("image taken from the corpus").containsKey(image);
        if (templated) {
            assertThat(RAW.get(image))
                    .as("FROM line of " + image + " uses an ARG")
                    .anyMatch(l -> l.contains("$"));
        }
        Optional<CatalogMatch> m = CATALOG.match(ImageReference.parse(image));
        if (family.equals("-")) {
            assertThat(m).as(image).isEmpty();
            return;
        }
        assertThat(m).as(image).isPresent();
        assertThat(m.get().familyId()).isEqualTo(family);
        assertThat(m.get().variant().map(VariantData::id).orElse("?")).isEqualTo(variant);
        assertThat(CATALOG.slimmer(m.get()).map(Suggestion::image).orElse("-")).isEqualTo(suggestion);
    }

    @Test
    void stageNamesAreNotImages() {
        // "FROM base AS final" names an earlier stage; the extractor skips it, and the catalog is
        // never asked. Images that happen to share a name with no earlier stage ("FROM ubuntu") stay.
        assertThat(IMAGES).doesNotContainKeys("base", "builder", "build", "runtime", "chef", "gobuild-base");
        assertThat(IMAGES).containsKeys("ubuntu", "alpine", "busybox", "scratch");
    }

    @Test
    void toolchainImagesInTheCorpusGetAFinalStageBase() {
        CatalogMatch golang = CATALOG.match(TestRefs.ref("golang:1.25")).orElseThrow();
        assertThat(IMAGES).containsKey("golang:1.25");
        assertThat(CATALOG.isToolchain(golang)).isTrue();
        assertThat(CATALOG.runtimeBases(golang))
                .extracting(Suggestion::image)
                .startsWith("gcr.io/distroless/static:nonroot", "scratch");
    }
}
