package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The bundled data is honest and consistent: every figure is sourced and dated, ladders resolve. */
class CatalogDataTest {

    private static final Path DATA_DIR = Path.of("rules/catalog");
    private static final Pattern YEAR = Pattern.compile(".*\\b(19|20)\\d{2}\\b.*");

    private final CatalogData data = Catalog.load().data();

    record Located(String where, SizeFigure figure) {}

    private List<Located> figures() {
        List<Located> out = new ArrayList<>();
        for (FamilyData f : data.families()) {
            for (VariantData v : f.variants()) {
                for (SizeFigure s : v.sizes()) {
                    out.add(new Located(f.id() + "/" + v.id(), s));
                }
            }
        }
        return out;
    }

    @Test
    void jsonLoadsFromTheClasspathAndEveryFileIsIndexed() throws IOException {
        assertThat(data.families()).hasSizeGreaterThanOrEqualTo(25);
        Set<String> onDisk;
        try (Stream<Path> s = Files.list(DATA_DIR)) {
            onDisk = s.map(p -> p.getFileName().toString())
                    // packages.json holds per-package figures (PackageFigures), not base-image families
                    .filter(n -> n.endsWith(".json") && !n.equals("index.json") && !n.equals("packages.json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> indexed = new TreeSet<>();
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream(CatalogLoader.RESOURCE_DIR + "index.json")) {
            assertThat(in)
                    .as("index.json on the classpath under imgslim/rules/catalog/")
                    .isNotNull();
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in)
                    .get("files")
                    .forEach(n -> indexed.add(n.asText()));
        }
        assertThat(indexed).as("index.json lists exactly the data files").isEqualTo(onDisk);
        for (String file : onDisk) {
            try (InputStream in = Files.newInputStream(DATA_DIR.resolve(file))) {
                assertThat(CatalogLoader.parse(in).families()).as(file).isNotEmpty();
            }
        }
    }

    @Test
    void requiredFamiliesAreThere() {
        Set<String> ids = data.families().stream().map(FamilyData::id).collect(Collectors.toSet());
        assertThat(ids)
                .contains(
                        "python",
                        "node",
                        "golang",
                        "rust",
                        "eclipse-temurin",
                        "openjdk",
                        "amazoncorretto",
                        "maven",
                        "gradle",
                        "pytorch/pytorch",
                        "nvidia/cuda",
                        "tensorflow/tensorflow",
                        "vllm/vllm-openai",
                        "ubuntu",
                        "debian",
                        "alpine",
                        "gcr.io/distroless",
                        "mcr.microsoft.com/dotnet",
                        "ruby",
                        "php",
                        "ubi",
                        "busybox",
                        "buildpack-deps",
                        "scratch");
        FamilyData distroless = family("gcr.io/distroless");
        assertThat(distroless.variants())
                .extracting(VariantData::id)
                .contains("static", "base", "cc", "java", "python3");
        assertThat(family("mcr.microsoft.com/dotnet").variants())
                .extracting(VariantData::id)
                .contains("sdk", "aspnet", "runtime", "runtime-deps");
        assertThat(family("ubi").variants()).extracting(VariantData::id).contains("ubi", "minimal", "micro");
    }

    @Test
    void everyFigureHasASourceAndAnAsOfDate() {
        List<Located> all = figures();
        assertThat(all).hasSizeGreaterThan(40);
        for (Located l : all) {
            SizeFigure s = l.figure();
            String where = l.where() + " " + s.tag();
            assertThat(s.source()).as("source of " + where).isNotBlank();
            assertThat(s.asOf()).as("asOf of " + where).isNotBlank();
            assertThat(s.tag()).as("tag of " + where).isNotBlank();
            assertThat(s.bytes()).as("bytes of " + where).isNotNegative();
            // A date, or an explicitly uncertain one ("RHEL 10 docs"), or the empty image by definition.
            assertThat(YEAR.matcher(s.asOf()).matches() || s.uncertain() || s.bytes() == 0)
                    .as("asOf of " + where + " is a date: " + s.asOf())
                    .isTrue();
        }
        for (FamilyData f : data.families()) {
            for (VariantData v : f.variants()) {
                for (SizeDelta d : v.deltas()) {
                    String where = f.id() + "/" + v.id() + " → " + d.to();
                    assertThat(d.source()).as("source of " + where).isNotBlank();
                    assertThat(d.asOf()).as("asOf of " + where).isNotBlank();
                    assertThat(d.text()).as("text of " + where).isNotBlank();
                    assertThat(d.minBytes()).as(where).isPositive();
                    assertThat(f.variant(d.to())).as("delta target of " + where).isPresent();
                }
            }
        }
        long uncertain = all.stream().filter(l -> l.figure().uncertain()).count();
        System.out.printf(
                "catalog: %d families, %d figures (%d uncertain)%n",
                data.families().size(), all.size(), uncertain);
    }

    @Test
    @Tag("shared")
    void everySourceIsCopiedFromTheFactsFile() throws IOException {
        String facts = Files.readString(dev.imgslim.testsupport.RealCorpus.facts("base-image-sizes.md"));
        List<String> sources = new ArrayList<>();
        figures().forEach(l -> sources.add(l.where() + ": " + l.figure().source()));
        for (FamilyData f : data.families()) {
            for (VariantData v : f.variants()) {
                v.deltas().forEach(d -> sources.add(f.id() + "/" + v.id() + ": " + d.source()));
            }
        }
        for (String s : sources) {
            String source = s.substring(s.indexOf(": ") + 2);
            assertThat(facts).as("source text of " + s).contains(source);
        }
    }

    @Test
    void everyLadderTargetExistsAndPatternsCompile() {
        Catalog catalog = Catalog.of(data); // compiles every pattern, throws on a bad one
        assertThat(catalog).isNotNull();
        for (FamilyData f : data.families()) {
            assertThat(f.variants()).as(f.id()).isNotEmpty();
            for (VariantData v : f.variants()) {
                assertThat(v.patterns()).as(f.id() + "/" + v.id() + " patterns").isNotEmpty();
                assertThat(v.kind()).as(f.id() + "/" + v.id() + " kind").isNotBlank();
                for (String target : v.slimmer()) {
                    int hash = target.indexOf('#');
                    FamilyData tf = hash < 0 ? f : family(target.substring(0, hash));
                    String tv = hash < 0 ? target : target.substring(hash + 1);
                    assertThat(tf.variant(tv))
                            .as(f.id() + "/" + v.id() + " → " + target)
                            .isPresent();
                    assertThat(tv).as("a variant is not slimmer than itself").isNotEqualTo(hash < 0 ? v.id() : null);
                }
                for (RuntimeBase rb : v.runtimeBases()) {
                    assertThat(v.isToolchain())
                            .as("runtime bases only for toolchain images: " + f.id() + "/" + v.id())
                            .isTrue();
                    assertThat(rb.when()).isNotBlank();
                    String image = rb.image();
                    TagTemplate.compile(
                            image.lastIndexOf(':') > image.lastIndexOf('/') ? image : image + ":latest", f.parts());
                }
            }
        }
    }

    @Test
    void ladderIsOrderedFattestFirstWhereBothSizesAreKnown() {
        // A ladder step must not point at a variant the catalog itself says is bigger.
        for (FamilyData f : data.families()) {
            for (VariantData v : f.variants()) {
                for (String target : v.slimmer()) {
                    if (target.contains("#")) {
                        continue;
                    }
                    VariantData t = f.variant(target).orElseThrow();
                    for (SizeKind kind : SizeKind.values()) {
                        var a = v.sizes().stream().filter(s -> s.kind() == kind).findFirst();
                        var b = t.sizes().stream().filter(s -> s.kind() == kind).findFirst();
                        if (a.isPresent() && b.isPresent()) {
                            assertThat(a.get().bytes())
                                    .as(f.id() + " " + v.id() + " > " + target + " (" + kind + ")")
                                    .isGreaterThan(b.get().bytes());
                        }
                    }
                }
            }
        }
    }

    private FamilyData family(String id) {
        return data.families().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
