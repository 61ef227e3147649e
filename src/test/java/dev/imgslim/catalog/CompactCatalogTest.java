package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact form of the bundled catalog ({@link CompactCatalog}) holds exactly what its JSON files say. */
class CompactCatalogTest {

    @Test
    void theBuildBundlesTheFamiliesOfTheJsonFiles() throws Exception {
        byte[] bundled = BundledFiles.read(CatalogLoader.RESOURCE_DIR + CompactCatalog.FAMILIES);
        assertThat(bundled).as("families.bin made by the build").isNotNull();
        List<FamilyData> json = CatalogLoader.loadBundledJson().families();
        assertThat(json).hasSizeGreaterThan(20);
        assertThat(CompactCatalog.readFamilies(bundled)).isEqualTo(json);
        assertThat(CatalogLoader.loadBundled().families()).isEqualTo(json);
    }

    @Test
    void theBuildBundlesThePackageFiguresOfTheJsonFile() throws Exception {
        byte[] bundled = BundledFiles.read(CatalogLoader.RESOURCE_DIR + CompactCatalog.PACKAGES);
        assertThat(bundled).as("packages.bin made by the build").isNotNull();
        PackageFigures.Data json = PackageFigures.bundledJson();
        assertThat(json.packages()).isNotEmpty();
        assertThat(CompactCatalog.readPackages(bundled)).isEqualTo(json);
        assertThat(PackageFigures.bundled()).isEqualTo(json);
    }

    @Test
    void nullsFlagsLargeNumbersAndUnicodeComeBackAsWritten() {
        SizeFigure figure = new SizeFigure(
                "3.12-slim", 5_000_000_000L, SizeKind.ON_DISK, null, "2026-01", "facts “x”", null, true, null);
        SizeDelta delta = new SizeDelta(
                "runtime", 2_000_000_000L, 4_000_000_000L, SizeKind.COMPRESSED, "2–4 GB", null, "s", null, false, "n");
        List<FamilyData> families = List.of(
                new FamilyData(
                        "a",
                        null,
                        Map.of("version", "[0-9.]+"),
                        Map.of(),
                        "old",
                        List.of(
                                new VariantData(
                                        "full",
                                        "full",
                                        List.of("a:{version}"),
                                        null,
                                        List.of(),
                                        List.of("slim"),
                                        List.of(new RuntimeBase("scratch", null, List.of("shell"))),
                                        List.of(figure),
                                        List.of(delta),
                                        null),
                                new VariantData(
                                        "slim",
                                        "slim",
                                        List.of("a:{version}-slim"),
                                        false,
                                        List.of("compiler"),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        "ü"),
                                new VariantData(
                                        "dev", "devel", List.of(), true, List.of(), List.of(), List.of(), List.of(),
                                        List.of(), null))),
                new FamilyData("b", "", Map.of(), Map.of("docker.io/library/b", "b"), null, List.of()));
        assertThat(CompactCatalog.readFamilies(CompactCatalog.writeFamilies(families)))
                .isEqualTo(families);
    }

    @Test
    void aDamagedFormIsRefusedNotMisread() {
        byte[] good =
                CompactCatalog.writeFamilies(CatalogLoader.loadBundledJson().families());
        assertThatThrownBy(() -> CompactCatalog.readFamilies(Arrays.copyOf(good, good.length - 3)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CompactCatalog.readFamilies(Arrays.copyOf(good, good.length + 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("left");
        byte[] packages = CompactCatalog.writePackages(PackageFigures.bundledJson());
        assertThatThrownBy(() -> CompactCatalog.readFamilies(packages))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a compact catalog");
    }
}
