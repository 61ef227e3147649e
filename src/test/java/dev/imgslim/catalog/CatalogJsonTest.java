package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog files are read by a hand-written reader (no library on the start-up path); the
 * user's catalog entries bind to the same records with Jackson's data binding. Both must read every
 * bundled file to equal records, and the hand-written one must refuse what the binding refuses.
 */
class CatalogJsonTest {
    private static final Path DATA_DIR = Path.of("rules/catalog");
    private static final ObjectMapper DATABIND =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static List<Path> familyFiles() throws IOException {
        try (Stream<Path> s = Files.list(DATA_DIR)) {
            return s.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.endsWith("index.json") && !p.endsWith("packages.json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyBundledFamilyFileReadsAsTheDataBindingReadsIt() throws IOException {
        List<Path> files = familyFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        int families = 0;
        int figures = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            CatalogData byHand = CatalogJson.catalog(text, file.toString());
            CatalogData bound = DATABIND.readValue(text, CatalogData.class);
            assertThat(byHand).as(file.toString()).isEqualTo(bound);
            families += byHand.families().size();
            figures += byHand.families().stream()
                    .flatMap(f -> f.variants().stream())
                    .mapToInt(v -> v.sizes().size() + v.deltas().size())
                    .sum();
        }
        assertThat(families).isGreaterThanOrEqualTo(25);
        assertThat(figures).isGreaterThan(40);
        // and the loaded catalog is exactly these files, in the index's order
        assertThat(CatalogLoader.loadBundled().families()).hasSize(families);
    }

    @Test
    void thePackageFiguresReadAsTheDataBindingReadsThem() throws IOException {
        String text = Files.readString(DATA_DIR.resolve("packages.json"), StandardCharsets.UTF_8);
        PackageFigures.Data byHand = CatalogJson.packages(text, "packages.json");
        assertThat(byHand.packages()).hasSizeGreaterThan(5);
        assertThat(byHand).isEqualTo(DATABIND.readValue(text, PackageFigures.Data.class));
        assertThat(PackageFigures.bundled()).isEqualTo(byHand);
    }

    @Test
    void theIndexNamesTheFamilyFiles() throws IOException {
        String text = Files.readString(DATA_DIR.resolve("index.json"), StandardCharsets.UTF_8);
        assertThat(CatalogJson.index(text, "index.json"))
                .containsExactlyInAnyOrderElementsOf(familyFiles().stream()
                        .map(p -> p.getFileName().toString())
                        .toList());
    }

    @Test
    void escapesNullsAndMissingFieldsReadAsTheDataBindingReadsThem() throws IOException {
        String text = """
                {"families": [{"id": "a\\"b\\\\c\\u00e9\\n\\t/", "description": null, "parts": {"v": "\\\\d+"},
                  "variants": [{"id": "x", "patterns": ["a:{v}"], "toolchain": false, "lacks": [],
                    "sizes": [{"tag": "a:1", "bytes": -12, "kind": "on-disk", "uncertain": true},
                              {"tag": "a:2", "bytes": 9007199254740993, "kind": "compressed"},
                              {"tag": "a:3", "kind": null, "uncertain": null}],
                    "deltas": [{"to": "x", "minBytes": 5, "kind": "unspecified", "text": "t"}]}]}],
                 "mirrors": ["m.example/hub"]}
                """;
        CatalogData byHand = CatalogJson.catalog(text, "t.json");
        assertThat(byHand).isEqualTo(DATABIND.readValue(text, CatalogData.class));
        FamilyData f = byHand.families().get(0);
        assertThat(f.id()).isEqualTo("a\"b\\cé\n\t/");
        assertThat(f.parts()).isEqualTo(Map.of("v", "\\d+"));
        List<SizeFigure> sizes = f.variants().get(0).sizes();
        assertThat(sizes.get(1).bytes()).isEqualTo(9007199254740993L);
        assertThat(sizes.get(2).kind()).isEqualTo(SizeKind.UNSPECIFIED);
        assertThat(f.variants().get(0).deltas().get(0).maxBytes()).isEqualTo(5);
        assertThat(byHand.mirrors()).containsExactly("m.example/hub");
    }

    @Test
    void anUnknownFieldIsRefusedWithItsPlace() {
        String text = "{\"families\": [{\"id\": \"a\",\n  \"variant\": []}]}";
        assertThatThrownBy(() -> CatalogJson.catalog(text, "t.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("t.json:2:")
                .hasMessageContaining("FamilyData: unknown field \"variant\"")
                .hasMessageContaining("known: id, description, parts, repositoryAliases, deprecated, variants");
        assertThatThrownBy(() -> DATABIND.readValue(text, CatalogData.class)).hasMessageContaining("variant");
    }

    @Test
    void badJsonAndWrongTypesAreRefused() {
        assertThatThrownBy(() -> CatalogJson.catalog("{\"families\": [}", "t.json"))
                .hasMessageStartingWith("t.json:1:15:");
        assertThatThrownBy(() -> CatalogJson.catalog("{\"families\": []} x", "t.json"))
                .hasMessageContaining("after the document");
        assertThatThrownBy(() -> CatalogJson.catalog("{\"families\": [{\"id\": 3}]}", "t.json"))
                .hasMessageContaining("expected a string");
        assertThatThrownBy(() -> CatalogJson.catalog(
                        "{\"families\": [{\"variants\": [{\"sizes\": [{\"bytes\": 1.5}]}]}]}", "t.json"))
                .hasMessageContaining("expected an integer");
        assertThatThrownBy(() -> CatalogJson.catalog(
                        "{\"families\": [{\"variants\": [{\"sizes\": [{\"kind\": \"disk\"}]}]}]}", "t.json"))
                .hasMessageContaining("unknown value \"disk\" for SizeKind");
        assertThatThrownBy(() -> CatalogJson.catalog("{\"families\": [{\"id\": \"a", "t.json"))
                .hasMessageContaining("unterminated string");
    }
}
