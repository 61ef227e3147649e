package dev.imgslim.rules.base;

import dev.imgslim.build.ImageReference;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunCache;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog's answer for a base image, worked out once per lint run: the files of a run name the same
 * few images over and over (debian, python, node ...), and each FROM was matched by up to four rules
 * (fat-base-variant, build-image-in-final-stage, missing-multi-stage), each trying every family's tag
 * templates: about 2% of a 10,000-file lint's CPU (2026-12-06, async-profiler). A match depends on the
 * image reference and the catalog alone, and both are immutable. Safe to share between the threads of a
 * run (see {@link RunCache}).
 */
final class CatalogMatches {
    private final Catalog catalog;
    private final ConcurrentHashMap<ImageReference, Optional<CatalogMatch>> byImage = new ConcurrentHashMap<>();

    private CatalogMatches(Catalog catalog) {
        this.catalog = catalog;
    }

    /** {@code catalog.match(ref)}, from this run's earlier answer when there is one. */
    static Optional<CatalogMatch> match(LintContext ctx, Catalog catalog, ImageReference ref) {
        if (ref == null) return catalog.match(null);
        CatalogMatches known = ctx.runCache().get(CatalogMatches.class, () -> new CatalogMatches(catalog));
        // One catalog per run (the settings resolve it once); another one is asked directly.
        if (known.catalog != catalog) return catalog.match(ref);
        return known.byImage.computeIfAbsent(ref, catalog::match);
    }
}
