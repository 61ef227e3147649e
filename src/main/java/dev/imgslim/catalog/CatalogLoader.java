package dev.imgslim.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the bundled catalog from the classpath. A jar cannot be listed, so
 * {@code imgslim/rules/catalog/index.json} names the family files in matching order.
 */
public final class CatalogLoader {

    public static final String RESOURCE_DIR = "imgslim/rules/catalog/";

    /** Jackson's data binding, for the user's catalog entries only: it costs ~0.3 s to start, so it loads lazily. */
    private static final class Databind {
        static final ObjectMapper JSON = new ObjectMapper()
                // A typo in the user's entries must be reported, not silently drop a figure.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private CatalogLoader() {}

    /**
     * The bundled catalog: from its compact form ({@link CompactCatalog}) when the build made one, else (classes
     * compiled by an IDE) from the JSON files.
     */
    public static CatalogData loadBundled() {
        byte[] compact = optionalResource(CompactCatalog.FAMILIES);
        return compact == null ? loadBundledJson() : new CatalogData(CompactCatalog.readFamilies(compact));
    }

    /** The bundled catalog read from its JSON files, the source of the compact form. */
    static CatalogData loadBundledJson() {
        List<FamilyData> families = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String file : CatalogJson.index(resource("index.json"), "index.json")) {
            CatalogData part = CatalogJson.catalog(resource(file), file);
            for (FamilyData f : part.families()) {
                if (!ids.add(f.id())) {
                    throw new IllegalStateException("family " + f.id() + " defined twice (" + file + ")");
                }
                families.add(f);
            }
        }
        return new CatalogData(families);
    }

    /**
     * Parses one catalog JSON document (used by tests and tools).
     *
     * @throws IllegalArgumentException naming the line and column of a syntax error or an unknown field
     */
    public static CatalogData parse(InputStream in) throws IOException {
        return CatalogJson.catalog(in.readAllBytes(), "catalog");
    }

    /**
     * The catalog a run uses: the bundled one, overlaid with the user's {@code catalog:} entries
     * (the raw YAML tree from {@code .imgslim.yaml}) and mirror prefixes.
     *
     * @throws IllegalArgumentException with a user-facing message when the entries do not bind
     */
    public static Catalog forUser(Object userCatalog, List<String> mirrors) {
        Catalog catalog = Catalog.load();
        if (userCatalog != null) {
            try {
                catalog = catalog.merge(Databind.JSON.convertValue(userCatalog, CatalogData.class));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "catalog: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return mirrors.isEmpty() ? catalog : catalog.withMirrors(mirrors);
    }

    /** The UTF-8 bytes of a bundled catalog file, by its name under {@link #RESOURCE_DIR}. */
    static byte[] resource(String file) {
        byte[] bytes = optionalResource(file);
        if (bytes == null) {
            throw new IllegalStateException("catalog resource missing: " + RESOURCE_DIR + file);
        }
        return bytes;
    }

    /** {@link #resource}, or null when there is no such file. */
    static byte[] optionalResource(String file) {
        String resource = RESOURCE_DIR + file;
        try {
            return BundledFiles.read(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
