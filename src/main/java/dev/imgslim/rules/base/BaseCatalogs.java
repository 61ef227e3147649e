package dev.imgslim.rules.base;

import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogLoader;
import dev.imgslim.config.Config;
import dev.imgslim.config.ConfigLoader;
import dev.imgslim.rules.LintContext;

import java.util.List;
import java.util.Objects;

/**
 * The catalog a lint run uses: the bundled one, with the {@code catalog:} section and the
 * {@code mirrors:} of {@code .imgslim.yaml} merged over it. Built once per lint context, and the
 * last merged catalog is kept across files, since merging compiles every pattern.
 */
public final class BaseCatalogs {
    private static Object lastCatalog;
    private static List<String> lastMirrors;
    private static Catalog last;

    private BaseCatalogs() {}

    /** The catalog for this lint run, shared by the base-image rules. */
    public static Catalog of(LintContext ctx) {
        return ctx.shared(Catalog.class, () -> forConfig(ctx.config()));
    }

    /**
     * The bundled catalog with the user's entries and mirrors.
     *
     * @throws ConfigLoader.ConfigException when the {@code catalog:} section does not bind or has a bad pattern
     */
    public static synchronized Catalog forConfig(Config config) {
        Object raw = config.catalog();
        List<String> mirrors = config.mirrors() == null ? List.of() : config.mirrors();
        if (raw == null && mirrors.isEmpty()) return Catalog.load();
        if (last != null && Objects.equals(raw, lastCatalog) && mirrors.equals(lastMirrors)) return last;
        Catalog catalog;
        try {
            catalog = CatalogLoader.forUser(raw, mirrors);
        } catch (IllegalArgumentException e) {
            String where = config.source() == null ? ".imgslim.yaml" : config.source().toString();
            throw new ConfigLoader.ConfigException(where + ":1:1: error: " + e.getMessage());
        }
        lastCatalog = raw;
        lastMirrors = List.copyOf(mirrors);
        last = catalog;
        return catalog;
    }
}
