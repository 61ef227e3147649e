package dev.imgslim.rules.base;

import dev.imgslim.build.ImageReference;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.catalog.Suggestion;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunCache;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog's answer for a base image, worked out once per lint run: the files of a run name the same
 * few images over and over (debian, python, node ...), and each FROM was matched by up to four rules
 * (fat-base-variant, build-image-in-final-stage, missing-multi-stage), each trying every family's tag
 * templates: about 2% of a 10,000-file lint's CPU (2026-12-06, async-profiler). A match depends on the
 * image reference and the catalog alone, and both are immutable. Bounded as {@link
 * dev.imgslim.build.ImageReference#parse} is: once it holds {@link #MAX} images, others are matched and
 * not kept, so a run over many files naming many distinct images does not grow it without limit. Safe to
 * share between the threads of a run (see {@link RunCache}).
 */
final class CatalogMatches {
    /**
     * Distinct images kept per run: the same bound as the process's parsed references, far more than the
     * few dozen a monorepo's files name. A few threads racing at the bound may each add one more.
     */
    static final int MAX = 4096;

    private final Catalog catalog;
    private final ConcurrentHashMap<ImageReference, Answers> byImage = new ConcurrentHashMap<>();

    private CatalogMatches(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * One image's answers: its match, and that match's slimmer ladder and runtime bases once asked. Each FROM
     * of each file asked the catalog to render the ladder again (Catalog.ladder and runtimeBases were 2.2 %
     * of a 10,000-file lint's CPU, 2026-12-06, JFR). Unmodifiable lists; a racing second reading only
     * repeats the work.
     */
    private static final class Answers {
        final Optional<CatalogMatch> match;
        volatile List<Suggestion> ladder;
        volatile List<Suggestion> runtimeBases;

        Answers(Optional<CatalogMatch> match) {
            this.match = match;
        }
    }

    /** {@code catalog.match(ref)}, from this run's earlier answer when there is one. */
    static Optional<CatalogMatch> match(LintContext ctx, Catalog catalog, ImageReference ref) {
        Answers known = answers(ctx, catalog, ref);
        return known != null ? known.match : catalog.match(ref);
    }

    /** {@code catalog.ladder(match)} of the image's match (which must be present), read once per run. */
    static List<Suggestion> ladder(LintContext ctx, Catalog catalog, ImageReference ref) {
        Answers known = answers(ctx, catalog, ref);
        if (known == null) return catalog.ladder(catalog.match(ref).orElseThrow());
        List<Suggestion> ladder = known.ladder;
        if (ladder == null) known.ladder = ladder = unmodifiable(catalog.ladder(known.match.orElseThrow()));
        return ladder;
    }

    /** {@code catalog.runtimeBases(match)} of the image's match (which must be present), read once per run. */
    static List<Suggestion> runtimeBases(LintContext ctx, Catalog catalog, ImageReference ref) {
        Answers known = answers(ctx, catalog, ref);
        if (known == null) return catalog.runtimeBases(catalog.match(ref).orElseThrow());
        List<Suggestion> bases = known.runtimeBases;
        if (bases == null) known.runtimeBases = bases = unmodifiable(catalog.runtimeBases(known.match.orElseThrow()));
        return bases;
    }

    /** This run's answers for {@code ref}; null when they are not kept (no reference, another catalog). */
    private static Answers answers(LintContext ctx, Catalog catalog, ImageReference ref) {
        if (ref == null) return null;
        // existing/keep, not get with a lambda: see LintContext.sharedOrNull (start-up)
        CatalogMatches known = ctx.runCache().existing(CatalogMatches.class);
        if (known == null) known = ctx.runCache().keep(CatalogMatches.class, new CatalogMatches(catalog));
        // One catalog per run (the settings resolve it once); another one is asked directly.
        if (known.catalog != catalog) return null;
        Answers answers = known.byImage.get(ref);
        if (answers != null) return answers;
        // Full: answered, not kept (its ladder, if asked, is worked out on this object and dropped with it).
        if (known.byImage.size() >= MAX) return new Answers(catalog.match(ref));
        Answers made = new Answers(catalog.match(ref));
        Answers first = known.byImage.putIfAbsent(ref, made);
        return first != null ? first : made;
    }

    /** How many images {@code run} keeps answers for (0 before its first question). */
    static int kept(RunCache run) {
        CatalogMatches known = run.existing(CatalogMatches.class);
        return known == null ? 0 : known.byImage.size();
    }

    private static List<Suggestion> unmodifiable(List<Suggestion> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
