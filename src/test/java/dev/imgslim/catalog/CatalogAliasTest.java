package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.build.ImageReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registry aliases and mirrors resolve to the same family. */
class CatalogAliasTest {

    private static final Catalog CATALOG = Catalog.load();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "python:3.12",
                "library/python:3.12",
                "docker.io/library/python:3.12",
                "docker.io/python:3.12",
                "index.docker.io/library/python:3.12",
                "registry-1.docker.io/library/python:3.12",
                "public.ecr.aws/docker/library/python:3.12",
                "mirror.gcr.io/library/python:3.12",
                "mirror.gcr.io/python:3.12"
            })
    void hubAliasesAreTheSameFamily(String image) {
        CatalogMatch m = CATALOG.match(TestRefs.ref(image)).orElseThrow();
        assertThat(m.familyId()).isEqualTo("python");
        assertThat(m.repository()).isEqualTo("python");
        assertThat(m.variant()).map(VariantData::id).contains("full");
        assertThat(CATALOG.slimmer(m).orElseThrow().image()).isEqualTo("python:3.12-slim");
    }

    @Test
    void theSuggestionIsAlsoSpelledTheWayTheUserWroteTheRepository() {
        Suggestion s = CATALOG.slimmer(CATALOG.match(TestRefs.ref("public.ecr.aws/docker/library/python:3.12"))
                        .orElseThrow())
                .orElseThrow();
        assertThat(s.image()).isEqualTo("python:3.12-slim");
        assertThat(s.asWritten()).isEqualTo("public.ecr.aws/docker/library/python:3.12-slim");
    }

    @Test
    void nonHubAliasesFromTheData() {
        assertThat(CATALOG.match(TestRefs.ref("nvcr.io/nvidia/cuda:12.4.1-devel-ubuntu22.04"))
                        .orElseThrow()
                        .familyId())
                .isEqualTo("nvidia/cuda");
        assertThat(CATALOG.match(TestRefs.ref("registry.redhat.io/ubi9/ubi-minimal:9.4"))
                        .orElseThrow()
                        .variant())
                .map(VariantData::id)
                .contains("minimal");
        assertThat(CATALOG.match(TestRefs.ref("mcr.microsoft.com/dotnet/core/sdk:3.1"))
                        .orElseThrow()
                        .variant())
                .map(VariantData::id)
                .contains("sdk");
        assertThat(CATALOG.match(TestRefs.ref("docker.io/pytorch/pytorch:2.7.1-cuda11.8-cudnn9-devel"))
                        .orElseThrow()
                        .familyId())
                .isEqualTo("pytorch/pytorch");
    }

    @Test
    void aRegistryWithAPortIsNotDockerHubUnlessConfigured() {
        ImageReference ref = TestRefs.ref("localhost:5000/python:3.12");
        assertThat(ref.domain()).isEqualTo("localhost:5000");
        assertThat(CATALOG.match(ref)).isEmpty();

        Catalog mirrored = CATALOG.withMirrors(List.of("localhost:5000"));
        CatalogMatch m = mirrored.match(ref).orElseThrow();
        assertThat(m.familyId()).isEqualTo("python");
        Suggestion s = mirrored.slimmer(m).orElseThrow();
        assertThat(s.image()).isEqualTo("python:3.12-slim");
        assertThat(s.asWritten()).isEqualTo("localhost:5000/python:3.12-slim");
    }

    @Test
    void userMirrorPrefixesWithAPathAndAPort() {
        Catalog mirrored = CATALOG.withMirrors(List.of(
                "registry.corp.example:8443/dockerhub/",
                "docker.mirror.hashicorp.services",
                "psdockercache.azurecr.io"));
        assertThat(mirrored.match(TestRefs.ref("registry.corp.example:8443/dockerhub/library/node:22-bookworm"))
                        .orElseThrow()
                        .variant())
                .map(VariantData::id)
                .contains("full");
        assertThat(mirrored.match(TestRefs.ref(
                                "registry.corp.example:8443/dockerhub/pytorch/pytorch:2.7.1-cuda11.8-cudnn9-devel"))
                        .orElseThrow()
                        .familyId())
                .isEqualTo("pytorch/pytorch");
        // Both taken from the corpus (hashicorp/nomad, PowerShell-Docker).
        assertThat(mirrored.match(TestRefs.ref("docker.mirror.hashicorp.services/golang:alpine"))
                        .orElseThrow()
                        .variant())
                .map(VariantData::id)
                .contains("alpine");
        assertThat(mirrored.match(TestRefs.ref("psdockercache.azurecr.io/ubuntu:jammy"))
                        .orElseThrow()
                        .familyId())
                .isEqualTo("ubuntu");
        // The original catalog is unchanged.
        assertThat(CATALOG.match(TestRefs.ref("docker.mirror.hashicorp.services/golang:alpine")))
                .isEmpty();
        assertThat(mirrored.mirrors()).hasSize(3);
    }

    @Test
    void canonicalRepositoryNames() {
        assertThat(CATALOG.canonicalRepository(TestRefs.ref("docker.io/library/python")))
                .isEqualTo("python");
        assertThat(CATALOG.canonicalRepository(TestRefs.ref("pytorch/pytorch"))).isEqualTo("pytorch/pytorch");
        assertThat(CATALOG.canonicalRepository(TestRefs.ref("gcr.io/distroless/static")))
                .isEqualTo("gcr.io/distroless/static");
        assertThat(CATALOG.canonicalRepository(new ImageReference("x", "docker.io", "library/python", null, null)))
                .isEqualTo("python");
    }
}
