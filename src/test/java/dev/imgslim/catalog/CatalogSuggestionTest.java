package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suggestions keep the pinned version and OS suffix, carry sourced savings, read well. */
class CatalogSuggestionTest {

    private static final Catalog CATALOG = Catalog.load();

    private static CatalogMatch match(String image) {
        return CATALOG.match(TestRefs.ref(image)).orElseThrow(() -> new AssertionError("no match for " + image));
    }

    private static Suggestion slimmer(String image) {
        return CATALOG.slimmer(match(image)).orElseThrow(() -> new AssertionError("no suggestion for " + image));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            python:3.12.4-bookworm                     | python:3.12.4-slim-bookworm
            python:3.12                                | python:3.12-slim
            python:3.12.4                              | python:3.12.4-slim
            python:bookworm                            | python:slim-bookworm
            python:latest                              | python:slim
            python:3.13.0rc2-bookworm                  | python:3.13.0rc2-slim-bookworm
            pytorch/pytorch:2.7.1-cuda11.8-cudnn9-devel | pytorch/pytorch:2.7.1-cuda11.8-cudnn9-runtime
            nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04 | nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04
            nvidia/cuda:11.8.0-cudnn8-devel-ubuntu22.04 | nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04
            nvidia/cuda:12.4.1-devel-ubuntu22.04       | nvidia/cuda:12.4.1-runtime-ubuntu22.04
            eclipse-temurin:21-jdk                     | eclipse-temurin:21-jre
            eclipse-temurin:21                         | eclipse-temurin:21-jre
            eclipse-temurin:21.0.5_11-jdk-noble        | eclipse-temurin:21.0.5_11-jre-noble
            eclipse-temurin:21-jdk-alpine              | eclipse-temurin:21-jre-alpine
            eclipse-temurin:21-jdk-alpine-3.21         | eclipse-temurin:21-jre-alpine-3.21
            eclipse-temurin:21-jdk-ubi9-minimal        | eclipse-temurin:21-jre-ubi9-minimal
            node:22                                    | node:22-slim
            node:22-bookworm                           | node:22-bookworm-slim
            golang:1.25                                | golang:1.25-alpine
            debian:bookworm                            | debian:bookworm-slim
            ruby:3.3.6-bookworm                        | ruby:3.3.6-slim-bookworm
            php:8.3-cli                                | php:8.3-cli-alpine
            mcr.microsoft.com/dotnet/aspnet:8.0-jammy  | mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled
            mcr.microsoft.com/dotnet/runtime-deps:8.0-noble | mcr.microsoft.com/dotnet/runtime-deps:8.0-noble-chiseled
            registry.access.redhat.com/ubi9/ubi-minimal:9.4 | registry.access.redhat.com/ubi9/ubi-micro:9.4
            gcr.io/distroless/cc-debian12:nonroot      | gcr.io/distroless/base-debian12:nonroot
            tensorflow/tensorflow:2.16.1-gpu-jupyter   | tensorflow/tensorflow:2.16.1-gpu
            openjdk:17-jdk-slim                        | eclipse-temurin:17-jre
            """)
    void suggestionKeepsVersionAndOsSuffix(String image, String expected) {
        Suggestion s = slimmer(image);
        assertThat(s.image()).isEqualTo(expected);
        CatalogMatch m = match(image);
        m.version().ifPresent(v -> assertThat(s.image()).contains(v));
        // Every part read from the tag is written back, unless reported as dropped.
        m.values().forEach((part, value) -> {
            if (!s.dropped().contains(part)) {
                assertThat(s.image()).as(part).contains(value);
            }
        });
    }

    @Test
    void matchReportsVersionAndOsSuffix() {
        CatalogMatch m = match("python:3.12.4-slim-bookworm");
        assertThat(m.familyId()).isEqualTo("python");
        assertThat(m.variant()).map(VariantData::id).contains("slim");
        assertThat(m.variant()).map(VariantData::kind).contains("slim");
        assertThat(m.version()).contains("3.12.4");
        assertThat(m.osSuffix()).contains("bookworm");
        assertThat(match("python:3.12-alpine3.20").osSuffix()).contains("alpine3.20");
        assertThat(match("nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04").osSuffix())
                .contains("ubuntu22.04");
        assertThat(match("python:3.12").sizes())
                .extracting(SizeFigure::kind)
                .containsExactly(SizeKind.COMPRESSED, SizeKind.ON_DISK);
    }

    @Test
    void savingIsTheDifferenceOfSourcedFigures() {
        Suggestion s = slimmer("python:3.12");
        Saving compressed = s.saving(SizeKind.COMPRESSED).orElseThrow();
        assertThat(compressed.minBytes()).isEqualTo(410_908_459L - 43_188_023L);
        assertThat(compressed.human()).isEqualTo("~368 MB");
        assertThat(compressed.source())
                .contains("repos/python/remote/3.12.md")
                .contains("repos/python/remote/3.12-slim.md");
        assertThat(compressed.asOfMonth()).isEqualTo("2026-08");
        assertThat(compressed.uncertain()).isFalse();
        Saving onDisk = s.saving(SizeKind.ON_DISK).orElseThrow();
        assertThat(onDisk.minBytes()).isEqualTo(1_110_000_000L - 119_200_000L);
        assertThat(s.lacks()).contains("compiler", "headers");
    }

    @Test
    void messageReadsLikeTheSpec() {
        assertThat(SuggestionMessages.message(slimmer("python:3.12")))
                .startsWith("python:3.12 (411 MB compressed, 1.11 GB on disk) → python:3.12-slim (43 MB, 119 MB): "
                        + "saves ~368 MB compressed (catalog, 2026-08)");
        // Figures measured on other tags are named, not silently applied to the user's tag.
        String pinned = SuggestionMessages.message(slimmer("python:3.12.4-bookworm"));
        assertThat(pinned)
                .startsWith("python:3.12.4-bookworm → python:3.12.4-slim-bookworm: saves ~368 MB compressed "
                        + "(catalog, figures for python:3.12 → python:3.12-slim, 2026-08)");
        System.out.println(SuggestionMessages.message(slimmer("python:3.12")));
        System.out.println(pinned);
    }

    @Test
    void uncertainSeedFiguresAreMarked() {
        Suggestion s = slimmer("pytorch/pytorch:2.7.1-cuda11.8-cudnn9-devel");
        Saving saving = s.saving(SizeKind.COMPRESSED).orElseThrow();
        assertThat(saving.minBytes()).isEqualTo(6_660_000_000L - 3_030_000_000L);
        assertThat(saving.uncertain()).isTrue();
        assertThat(saving.source()).isEqualTo("seed/optimizing-container-image-size.md");
        assertThat(s.lacks()).contains("nvcc", "jit");
        String message = SuggestionMessages.message(s);
        assertThat(message)
                .contains("(6.66 GB compressed)")
                .contains("(3.03 GB)")
                .contains("saves ~3.63 GB compressed")
                .contains("uncertain")
                .contains("lacks nvcc");
        System.out.println(message);
    }

    @Test
    void onlyAPublishedDeltaIsKeptAsARange() {
        Suggestion s = slimmer("nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04");
        assertThat(s.savings()).hasSize(1);
        Saving saving = s.savings().get(0);
        assertThat(saving.isRange()).isTrue();
        assertThat(saving.minBytes()).isEqualTo(2_000_000_000L);
        assertThat(saving.maxBytes()).isEqualTo(4_000_000_000L);
        assertThat(saving.kind()).isEqualTo(SizeKind.UNSPECIFIED);
        assertThat(saving.source()).isEqualTo("tally.wharflab.com rule `gpu/prefer-runtime-final-stage`");
        assertThat(saving.human()).isEqualTo("2 GB–4 GB");
        String message = SuggestionMessages.message(s);
        assertThat(message)
                .contains(
                        "saves 2 GB–4 GB size kind unspecified (catalog: \"devel → runtime: typically 2–4 GB larger\", 2025?, uncertain)");
        System.out.println(message);
    }

    @Test
    void kindsAreNeverMixed() {
        // golang is a compressed figure, distroless/static an on-disk one: no saving is claimed.
        CatalogMatch golang = match("golang:1.25");
        Suggestion distroless = CATALOG.runtimeBases(golang).get(0);
        assertThat(distroless.image()).isEqualTo("gcr.io/distroless/static:nonroot");
        assertThat(distroless.when()).contains("CGO_ENABLED=0");
        assertThat(distroless.savings()).isEmpty();
        // scratch is 0 B in every kind, by definition.
        Suggestion scratch = CATALOG.runtimeBases(golang).get(1);
        // Bare: BuildKit treats only the exact text "scratch" as the empty image.
        assertThat(scratch.image()).isEqualTo("scratch");
        assertThat(scratch.saving(SizeKind.COMPRESSED)).map(Saving::minBytes).contains(305_264_123L);
        assertThat(SuggestionMessages.message(scratch)).contains("only if CGO_ENABLED=0");
    }

    @Test
    void toolchainFlagAndFinalStageBases() {
        assertThat(CATALOG.isToolchain(match("golang:1.25"))).isTrue();
        assertThat(CATALOG.isToolchain(match("maven:3-eclipse-temurin-21"))).isTrue();
        assertThat(CATALOG.isToolchain(match("python:3.12"))).isTrue();
        assertThat(CATALOG.isToolchain(match("nvidia/cuda:12.4.1-devel-ubuntu22.04")))
                .isTrue();
        assertThat(CATALOG.isToolchain(match("mcr.microsoft.com/dotnet/sdk:8.0")))
                .isTrue();
        assertThat(CATALOG.isToolchain(match("python:3.12-slim"))).isFalse();
        assertThat(CATALOG.isToolchain(match("eclipse-temurin:21-jre"))).isFalse();
        assertThat(CATALOG.isToolchain(match("nvidia/cuda:12.4.1-runtime-ubuntu22.04")))
                .isFalse();
        assertThat(CATALOG.runtimeBases(match("python:3.12-slim"))).isEmpty();
        // The JDK major version is carried over from the build image's tag.
        assertThat(CATALOG.runtimeBases(match("maven:3.9.9-eclipse-temurin-21-alpine")))
                .extracting(Suggestion::image)
                .containsExactly("eclipse-temurin:21-jre");
        assertThat(CATALOG.runtimeBases(match("gradle:8.10-jdk17")))
                .extracting(Suggestion::image)
                .containsExactly("eclipse-temurin:17-jre");
        // Nothing to carry over: no guessed version.
        assertThat(CATALOG.runtimeBases(match("maven:3"))).isEmpty();
        assertThat(CATALOG.runtimeBases(match("rust:1.83-bookworm")))
                .extracting(Suggestion::image)
                .startsWith("debian:bookworm-slim", "gcr.io/distroless/cc:nonroot");
    }

    @Test
    void noSuggestionWithoutAVariantOrWhenAlreadySlimmest() {
        assertThat(CATALOG.slimmer(match("python@sha256:" + "a".repeat(64)))).isEmpty();
        assertThat(CATALOG.slimmer(match("python:3.12-windowsservercore-ltsc2022")))
                .isEmpty();
        assertThat(CATALOG.slimmer(match("alpine:3.20"))).isEmpty();
        assertThat(CATALOG.slimmer(match("scratch"))).isEmpty();
        // debian:latest-slim does not exist; the catalog does not invent it.
        assertThat(CATALOG.slimmer(match("debian:latest"))).isEmpty();
        assertThat(CATALOG.match(TestRefs.ref("example.com/team/app:1.0"))).isEmpty();
    }

    @Test
    void theLadderListsEveryWritableStepNearestFirst() {
        List<Suggestion> ladder = CATALOG.ladder(match("python:3.12"));
        assertThat(ladder).extracting(Suggestion::image).containsExactly("python:3.12-slim", "python:3.12-alpine");
        assertThat(ladder.get(1).lacks()).contains("glibc");
        // Moving to alpine cannot keep a Debian codename: it is reported, not hidden.
        Suggestion alpine = CATALOG.ladder(match("python:3.12-slim-bookworm")).get(0);
        assertThat(alpine.image()).isEqualTo("python:3.12-alpine");
        assertThat(alpine.dropped()).containsExactly("os");
        assertThat(SuggestionMessages.message(alpine)).contains("does not keep os bookworm");
    }

    @Test
    void digestsDoNotCarryOver() {
        Suggestion s = slimmer("python:3.12@sha256:" + "b".repeat(64));
        assertThat(s.image()).isEqualTo("python:3.12-slim");
        assertThat(s.digestDropped()).isTrue();
    }

    @Test
    void sizeFigureHumanUsesDecimalUnits() {
        assertThat(fig(410_908_459L).human()).isEqualTo("411 MB");
        assertThat(fig(1_110_000_000L).human()).isEqualTo("1.11 GB");
        assertThat(fig(43_188_023L).human()).isEqualTo("43 MB");
        assertThat(fig(119_200_000L).human()).isEqualTo("119 MB");
        assertThat(fig(3_849_738L).human()).isEqualTo("3.8 MB");
        assertThat(fig(28_600_000_000L).human()).isEqualTo("28.6 GB");
        assertThat(fig(6_660_000_000L).human()).isEqualTo("6.66 GB");
        assertThat(fig(999_700_000L).human()).isEqualTo("1 GB");
        assertThat(fig(0).human()).isEqualTo("0 B");
        assertThat(fig(2_430).human()).isEqualTo("2.4 kB");
    }

    private static SizeFigure fig(long bytes) {
        return new SizeFigure("t", bytes, SizeKind.COMPRESSED, "amd64", "2026-08-13", "test", null, false, null);
    }
}
