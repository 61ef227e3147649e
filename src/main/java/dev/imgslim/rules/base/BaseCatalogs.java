package dev.imgslim.rules.base;

import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogLoader;
import dev.imgslim.config.Config;
import dev.imgslim.config.ConfigLoader;
import dev.imgslim.rules.LintContext;
import java.util.List;

/**
 * The catalog a lint run uses: the bundled one, with the {@code catalog:} section and the
 * {@code mirrors:} of {@code .imgslim.yaml} merged over it. The lint run resolves it once and passes
 * it in {@link dev.imgslim.rules.LintOptions#catalog()}; merging compiles every pattern, so it is not
 * redone per file. No state is kept here.
 */
public final class BaseCatalogs {
    private BaseCatalogs() {}

    /** The catalog for this lint run, shared by the base-image rules. */
    public static Catalog of(LintContext ctx) {
        Catalog given = ctx.options().catalog();
        return given != null ? given : ctx.shared(Catalog.class, () -> forConfig(ctx.config()));
    }

    /**
     * The bundled catalog with the user's entries and mirrors.
     *
     * @throws ConfigLoader.ConfigException when the {@code catalog:} section does not bind or has a bad pattern
     */
    public static Catalog forConfig(Config config) {
        Object raw = config.catalog();
        List<String> mirrors = config.mirrors() == null ? List.of() : config.mirrors();
        if (raw == null && mirrors.isEmpty()) return Catalog.load();
        try {
            return CatalogLoader.forUser(raw, mirrors);
        } catch (IllegalArgumentException e) {
            String where =
                    config.source() == null ? ".imgslim.yaml" : config.source().toString();
            throw new ConfigLoader.ConfigException(where + ":1:1: error: " + e.getMessage());
        }
    }
}
