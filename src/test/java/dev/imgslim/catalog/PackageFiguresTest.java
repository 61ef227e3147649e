package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.size.PackageCacheLeft;
import dev.imgslim.syntax.DockerfileParser;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The per-package figures are sourced, dated and of one kind each, and the cache rule gives them honestly. */
class PackageFiguresTest {

    @Test
    void everyFigureIsSourcedDatedAndOfAKnownKind() {
        PackageFigures.Data data = PackageFigures.bundled();
        assertThat(data.packages()).isNotEmpty();
        for (PackageFigure f : data.packages()) {
            String where = f.manager() + " " + f.packages() + " " + f.what();
            assertThat(f.packages()).as(where).isNotEmpty();
            assertThat(f.what()).as(where).isIn("cache", "recommends", "layer");
            assertThat(f.kind()).as(where).isIn("on-disk", "compressed");
            assertThat(f.bytes()).as(where).isPositive();
            assertThat(f.asOf()).as(where).matches("\\d{4}-\\d{2}(-\\d{2})?");
            assertThat(f.source()).as(where).startsWith("facts ");
            assertThat(f.measuredOn()).as(where).isNotBlank();
            assertThat(f.quote()).as(where).isNotBlank();
        }
        // what was looked for and not found is said, not invented
        assertThat(data.none()).anySatisfy(s -> assertThat(s).startsWith("cmake:"));
        assertThat(data.none()).anySatisfy(s -> assertThat(s).startsWith("python3-dev:"));
    }

    @Test
    @Tag("shared")
    void everyQuoteIsInTheFactsFileItNames() throws Exception {
        for (PackageFigure f : PackageFigures.bundled().packages()) {
            String file = f.source().split(" ")[1];
            String facts = Files.readString(dev.imgslim.testsupport.RealCorpus.facts(file));
            assertThat(facts)
                    .as("quote of %s %s in %s", f.packages(), f.what(), file)
                    .contains(f.quote());
        }
    }

    @Test
    void lookupNeedsEveryPackageOfTheFigure() {
        assertThat(PackageFigures.find("pip", "cache", List.of("flask", "numpy", "requests")))
                .map(PackageFigure::bytes)
                .contains(16_920_018L);
        assertThat(PackageFigures.find("npm", "cache", List.of("lodash"))).isEmpty();
        assertThat(PackageFigures.find("npm", "cache", Set.of("express", "lodash", "react")))
                .map(PackageFigure::bytes)
                .contains(3_712_064L);
        assertThat(PackageFigures.find("pip", "cache", List.of("torch"))).isEmpty();
    }

    @Test
    void cacheFindingsCarryTheCatalogFigureWithAnHonestSource() throws Exception {
        assertThat(cacheSaving("FROM debian:bookworm\nRUN pip install numpy\n"))
                .startsWith(
                        "16920018 measured pip cache after 'pip install numpy' on debian:bookworm, one build (catalog: facts measured-layer-costs.md §6, 2026-11-27)");
        assertThat(cacheSaving("FROM python:3.12-slim\nRUN pip install numpy flask\n"))
                .startsWith("16920018 estimate ")
                .contains("not measured on python:3.12-slim");
        assertThat(cacheSaving("FROM python:3.12-slim\nRUN pip install vllm\n"))
                .startsWith(
                        "3530000000 estimate pip cache after 'pip install vllm': estimate: the difference of two published figures");
        assertThat(cacheSaving("FROM python:3.12-slim\nRUN pip install torch\n"))
                .isEqualTo("none");
    }

    private static String cacheSaving(String dockerfile) throws Exception {
        var df = new DockerfileParser().parse("Dockerfile", dockerfile);
        List<Finding> findings = new LintEngine(List.of(new PackageCacheLeft())).lint(df, LintOptions.defaults());
        assertThat(findings).hasSize(1);
        var s = findings.get(0).savings();
        return s == null ? "none" : s.bytes() + " " + s.source() + " " + s.basis();
    }
}
