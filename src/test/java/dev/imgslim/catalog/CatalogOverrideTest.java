package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users extend and override the catalog; the config file's YAML binds to the same classes. */
class CatalogOverrideTest {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the config work will do: take the {@code catalog:} node of .imgslim.yaml. */
    private static CatalogData catalogSection(String yaml) throws Exception {
        JsonNode root = YAML.readTree(yaml);
        return YAML.treeToValue(root.get("catalog"), CatalogData.class);
    }

    private static final String IMGSLIM_YAML = """
            severity: warning
            catalog:
              families:
                - id: acme/python
                  description: our hardened python images
                  parts:
                    version: '\\d+\\.\\d+'
                  variants:
                    - id: dev
                      kind: full
                      toolchain: true
                      patterns: ['registry.acme.example/base/python:{version}-dev']
                      slimmer: [run]
                      sizes:
                        - {tag: '3.12-dev', bytes: 500000000, kind: compressed, asOf: '2026-10-01', source: 'acme registry UI'}
                    - id: run
                      kind: slim
                      patterns: ['registry.acme.example/base/python:{version}']
                      lacks: [compiler]
                      sizes:
                        - {tag: '3.12', bytes: 60000000, kind: compressed, asOf: '2026-10-01', source: 'acme registry UI'}
                - id: python
                  variants:
                    - id: slim
                      sizes:
                        - {tag: '3.12-slim', bytes: 45000000, kind: compressed, asOf: '2026-11-01', source: 'our own measurement'}
                    - id: slim-fips
                      kind: slim
                      patterns: ['python:{version}-slim-fips']
            """;

    @Test
    void yamlBindsToTheSameDataClasses() throws Exception {
        CatalogData user = catalogSection(IMGSLIM_YAML);
        assertThat(user.families()).extracting(FamilyData::id).containsExactly("acme/python", "python");
        VariantData dev = user.families().get(0).variants().get(0);
        assertThat(dev.isToolchain()).isTrue();
        assertThat(dev.sizes().get(0).kind()).isEqualTo(SizeKind.COMPRESSED);
        // Unset fields stay unset, so a merge keeps the bundled value.
        assertThat(user.families().get(1).variants().get(0).toolchain()).isNull();
        assertThat(user.families().get(1).variants().get(0).patterns()).isEmpty();
    }

    @Test
    void newFamiliesAreMatchedAndSuggested() throws Exception {
        Catalog catalog = Catalog.load().merge(catalogSection(IMGSLIM_YAML));
        CatalogMatch m = catalog.match(TestRefs.ref("registry.acme.example/base/python:3.12-dev"))
                .orElseThrow();
        assertThat(m.familyId()).isEqualTo("acme/python");
        assertThat(catalog.isToolchain(m)).isTrue();
        Suggestion s = catalog.slimmer(m).orElseThrow();
        assertThat(s.image()).isEqualTo("registry.acme.example/base/python:3.12");
        assertThat(s.saving(SizeKind.COMPRESSED)).map(Saving::minBytes).contains(440_000_000L);
        assertThat(s.saving(SizeKind.COMPRESSED)).map(Saving::source).contains("acme registry UI");
    }

    @Test
    void overridesReplaceFiguresAndKeepTheRestOfTheVariant() throws Exception {
        Catalog catalog = Catalog.load().merge(catalogSection(IMGSLIM_YAML));
        CatalogMatch slim =
                catalog.match(TestRefs.ref("python:3.12-slim-bookworm")).orElseThrow();
        assertThat(slim.variant()).map(VariantData::id).contains("slim");
        assertThat(slim.variant().orElseThrow().lacks()).contains("compiler"); // kept from the bundled data
        assertThat(slim.sizes()).extracting(SizeFigure::source).containsExactly("our own measurement");
        Suggestion fromFull = catalog.slimmer(
                        catalog.match(TestRefs.ref("python:3.12")).orElseThrow())
                .orElseThrow();
        assertThat(fromFull.saving(SizeKind.COMPRESSED)).map(Saving::minBytes).contains(410_908_459L - 45_000_000L);
        assertThat(fromFull.saving(SizeKind.COMPRESSED))
                .map(Saving::source)
                .get()
                .asString()
                .contains("our own measurement");
        // A variant added to a bundled family.
        assertThat(catalog.match(TestRefs.ref("python:3.12-slim-fips"))
                        .orElseThrow()
                        .variant())
                .map(VariantData::id)
                .contains("slim-fips");
        // The bundled catalog itself is untouched.
        assertThat(Catalog.load()
                        .match(TestRefs.ref("python:3.12-slim"))
                        .orElseThrow()
                        .sizes())
                .extracting(SizeFigure::source)
                .doesNotContain("our own measurement");
    }

    @Test
    void aUserFamilyCanClaimARepositoryTheCatalogKnows() {
        FamilyData mine = new FamilyData(
                "my-node",
                null,
                Map.of(),
                Map.of(),
                null,
                List.of(new VariantData(
                        "pinned",
                        "full",
                        List.of("node:{version}"),
                        false,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null)));
        Catalog catalog = Catalog.load().merge(new CatalogData(List.of(mine)));
        assertThat(catalog.match(TestRefs.ref("node:22")).orElseThrow().familyId())
                .isEqualTo("my-node");
    }

    @Test
    void mirrorsInTheCatalogSectionApply() throws Exception {
        Catalog catalog = Catalog.load().merge(catalogSection("""
                catalog:
                  mirrors: ['harbor.corp.example:5443/hub-proxy']
                """));
        CatalogMatch m = catalog.match(TestRefs.ref("harbor.corp.example:5443/hub-proxy/library/python:3.12-bookworm"))
                .orElseThrow();
        Suggestion s = catalog.slimmer(m).orElseThrow();
        assertThat(s.image()).isEqualTo("python:3.12-slim-bookworm");
        assertThat(s.asWritten()).isEqualTo("harbor.corp.example:5443/hub-proxy/library/python:3.12-slim-bookworm");
    }

    @Test
    void combinedAsOfKeepsBothWhenOneIsNotADate() {
        Suggestion s = Catalog.load()
                .slimmer(Catalog.load()
                        .match(TestRefs.ref("registry.access.redhat.com/ubi9/ubi:9.4"))
                        .orElseThrow())
                .orElseThrow();
        Saving onDisk = s.saving(SizeKind.ON_DISK).orElseThrow();
        assertThat(onDisk.minBytes()).isEqualTo(356_000_000L - 92_000_000L);
        assertThat(onDisk.asOf()).isEqualTo("2025-02-27 / RHEL 10 docs");
        assertThat(onDisk.uncertain()).isTrue();
    }

    @Test
    void typosInUserEntriesAreErrors() {
        assertThatThrownBy(() -> catalogSection("""
                catalog:
                  families:
                    - id: x
                      variants:
                        - id: a
                          patern: ['x:{version}']
                """)).hasMessageContaining("patern");
    }

    @Test
    void badPatternsNameTheFamilyAndVariant() {
        FamilyData bad = new FamilyData(
                "bad",
                null,
                Map.of(),
                Map.of(),
                null,
                List.of(new VariantData(
                        "v", "full", List.of("x:{nosuchpart}"), false, null, null, null, null, null, null)));
        assertThatThrownBy(() -> Catalog.load().merge(new CatalogData(List.of(bad))))
                .hasMessageContaining("bad")
                .hasMessageContaining("nosuchpart");
    }

    @Test
    void entriesWithoutAnIdAreErrors() throws Exception {
        // regression: found by feeding odd catalog sections to `lint --config`, a family without an id was
        // merged and the first lookup of a family by id threw (NullPointerException, exit 70 for the run)
        assertThatThrownBy(() -> Catalog.load().merge(catalogSection("""
                        catalog:
                          families:
                            - description: our images
                        """)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a catalog family without an id");
        assertThatThrownBy(() -> Catalog.load().merge(catalogSection("""
                        catalog:
                          families:
                            - id: python
                              variants:
                                - kind: slim
                                  patterns: ['python:{version}-tiny']
                        """)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("catalog family python: a variant without an id");
    }
}
