package dev.imgslim.rules.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.ImageReference;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.config.Config;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.RunCache;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run's catalog answers: kept for at most {@link CatalogMatches#MAX} images, and right for every image. */
class CatalogMatchesTest {
    @Test
    void aRunOverMoreDistinctImagesThanTheBoundKeepsAtMostTheBoundAndAnswersAllRight() throws Exception {
        Catalog catalog = BaseCatalogs.forConfig(Config.defaults());
        Dockerfile df = new DockerfileParser().parse("Dockerfile", "FROM debian:bookworm\n");
        RunCache run = new RunCache();
        LintContext ctx = new LintContext(
                df, BuildModel.of(df), new LintOptions(Config.defaults(), Map.of(), null, null, null), run);

        ImageReference first = ImageReference.parse("python:3.12");
        Optional<CatalogMatch> firstMatch = CatalogMatches.match(ctx, catalog, first);
        assertThat(firstMatch).isPresent().isEqualTo(catalog.match(first));
        // A monorepo's worth of distinct images, past the bound; ones the catalog knows among them.
        for (int i = 0; i < CatalogMatches.MAX + 500; i++) {
            ImageReference ref = ImageReference.parse(
                    i % 100 == 0 ? "python:3." + (i / 100) : "registry.example/team" + i + "/app:" + i);
            assertThat(CatalogMatches.match(ctx, catalog, ref))
                    .as(ref.original())
                    .isEqualTo(catalog.match(ref));
        }
        assertThat(CatalogMatches.kept(run)).isEqualTo(CatalogMatches.MAX);

        // An image first asked about once the run is full: answered, ladder too, and not kept.
        ImageReference late = ImageReference.parse("debian:bookworm");
        Optional<CatalogMatch> lateMatch = CatalogMatches.match(ctx, catalog, late);
        assertThat(lateMatch).isPresent().isEqualTo(catalog.match(late));
        assertThat(CatalogMatches.ladder(ctx, catalog, late)).isEqualTo(catalog.ladder(lateMatch.get()));
        assertThat(CatalogMatches.runtimeBases(ctx, catalog, late)).isEqualTo(catalog.runtimeBases(lateMatch.get()));
        assertThat(CatalogMatches.kept(run)).isEqualTo(CatalogMatches.MAX);
        // One kept before the bound is still answered from the run's answer.
        assertThat(CatalogMatches.match(ctx, catalog, first)).isSameAs(firstMatch);
        assertThat(CatalogMatches.ladder(ctx, catalog, first)).isEqualTo(catalog.ladder(firstMatch.get()));
    }
}
