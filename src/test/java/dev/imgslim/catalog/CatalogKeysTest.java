package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.build.ImageReference;
import dev.imgslim.testsupport.RealCorpus;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bundled keys ({@link CatalogKeys}) answer a match without reading the catalog only where the catalog
 * itself would find nothing.
 */
class CatalogKeysTest {
    private static final CatalogData DATA = CatalogLoader.loadBundled();

    @Test
    void theBuildBundlesTheKeysOfTheBundledCatalog() {
        CatalogKeys bundled = CatalogKeys.bundled();
        assertThat(bundled).as("keys.txt made by the build").isNotNull();
        assertThat(bundled.text()).isEqualTo(CatalogKeys.of(DATA.families()).text());
        assertThat(bundled.text()).contains("= python\n", "= nvcr.io/nvidia/cuda\n");
    }

    @Test
    void aNameTheKeysRuleOutMatchesNoFamily() {
        int[] counts = check(List.of(
                "python:3.12-slim",
                "debian:bookworm",
                "nvcr.io/nvidia/cuda:12.2.0-devel-ubuntu22.04",
                "nvcr.io/nvidia/tritonserver:23.01-py3",
                "nvcr.io/nvidia/nemo:24.01",
                "mcr.microsoft.com/dotnet/sdk:8.0",
                "registry.access.redhat.com/ubi9/ubi-minimal",
                "public.ecr.aws/docker/library/node:20",
                "ghcr.io/acme/app:1.0",
                "acme/python:3",
                "pythonista:1",
                "scratch"));
        assertThat(counts[0]).as("known").isGreaterThanOrEqualTo(6);
        assertThat(counts[1]).as("ruled out").isGreaterThanOrEqualTo(3);
        CatalogKeys keys = CatalogKeys.of(DATA.families());
        assertThat(keys.mayKnow("nvcr.io/nvidia/nemo")).isFalse();
        assertThat(keys.mayKnow("python")).isTrue();
    }

    @Test
    @Tag("shared")
    void noFromOfTheCorpusThatTheKeysRuleOutMatches() throws Exception {
        Set<String> images = new LinkedHashSet<>();
        RealCorpus.root();
        for (Path f : CorpusFromLines.dockerfiles())
            for (CorpusFromLines.From from : CorpusFromLines.froms(f))
                if (from.image() != null) images.add(from.image());
        int[] counts = check(images);
        assertThat(counts[0]).as("known").isGreaterThan(100);
        assertThat(counts[1]).as("ruled out").isGreaterThan(20);
    }

    /** Checks each image; how many the catalog knows and how many the keys rule out. */
    private static int[] check(Collection<String> images) {
        Catalog full = Catalog.of(DATA);
        CatalogKeys keys = CatalogKeys.of(DATA.families());
        int known = 0;
        int ruledOut = 0;
        for (String image : images) {
            ImageReference ref;
            try {
                ref = ImageReference.parse(image);
            } catch (IllegalArgumentException e) {
                continue;
            }
            boolean matches = full.match(ref).isPresent();
            if (matches) known++;
            if (!keys.mayKnow(full.canonicalRepository(ref))) {
                ruledOut++;
                assertThat(matches).as(image).isFalse();
            }
        }
        return new int[] {known, ruledOut};
    }
}
