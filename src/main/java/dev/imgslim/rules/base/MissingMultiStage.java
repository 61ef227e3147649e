package dev.imgslim.rules.base;

import dev.imgslim.build.Stage;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.rules.StageRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A single-stage build: the final stage (with the stages it is built FROM) compiles or builds an
 * artifact ({@code go build}, {@code mvn package}, {@code gradle build}, {@code cargo build},
 * {@code dotnet publish}, {@code npm run build}, gcc/make, {@code pip wheel} or a pip install that
 * needs the -dev headers it installs) without any {@code COPY --from} another stage, and ships the
 * toolchain. Suggests a builder stage plus a runtime stage, naming the catalog's runtime base with its
 * saving where known.
 *
 * <p>Deliberately not flagged: files whose final stage already copies from (or mounts) another stage;
 * builds whose toolchain is removed in the same RUN ({@code apk del .build-deps}); node builds that
 * prune devDependencies afterwards; {@code pip install} without build packages (wheels are usually
 * prebuilt). When the slimmer base alone would do, the saving stays with {@link FatBaseVariant}'s
 * finding, so totals do not count it twice.
 */
public final class MissingMultiStage extends StageRule {
    private static final Map<String, String> GENERIC = Map.of(
            "go", "gcr.io/distroless/static:nonroot or scratch (with CGO_ENABLED=0)",
            "rust", "gcr.io/distroless/cc:nonroot or a -slim Debian base",
            "java", "a JRE image such as eclipse-temurin:<version>-jre",
            "dotnet", "mcr.microsoft.com/dotnet/aspnet or runtime",
            "c", "the same base without the build packages, or gcr.io/distroless/cc:nonroot",
            "node", "the same base, copying only the build output and production dependencies",
            "python",
                    "a base without compilers (the -slim variant for python images), copying the virtualenv or wheels");

    private static final Map<String, String> SHIPS =
            Map.of("node", "the devDependencies and sources", "python", "the compilers and headers");

    /** The final image is judged once, with the stages it is built FROM: the engine hands over the final stage. */
    @Override
    public void visit(Stage finalStage, LintContext ctx, FindingSink out) {
        if (!finalStage.isFinal()) return;
        Catalog catalog = BaseCatalogs.of(ctx);
        BuildSteps.Step step = BuildSteps.singleStageBuild(ctx, catalog);
        if (step == null) return;
        List<Stage> chain = BuildSteps.finalChain(ctx);
        Stage root = BuildSteps.root(chain);
        StringBuilder m = new StringBuilder("'")
                .append(step.text())
                .append("' runs in the final stage, which copies")
                .append(" nothing from a build stage, so the image ships ")
                .append(SHIPS.getOrDefault(step.ecosystem(), "the build toolchain"));
        Optional<CatalogMatch> match =
                root.baseImage() == null ? Optional.empty() : CatalogMatches.match(ctx, catalog, root.baseImage());
        if (match.isPresent()
                && BuildSteps.isBuildImage(ctx, catalog, root)
                && !step.ecosystem().equals("node"))
            m.append(" (").append(match.get().canonicalName()).append(')');
        m.append("; build in a builder stage and COPY --from it into a runtime stage");
        SizeSaving saving = null;
        boolean baseAlone = FatBaseVariant.choice(ctx, catalog, root).isPresent();
        Optional<RuntimeAdvice> advice = match.isPresent() && catalog.isToolchain(match.get()) && !baseAlone
                ? RuntimeAdvice.of(catalog, match.get())
                : Optional.empty();
        if (advice.isPresent()) {
            m.append(": ").append(advice.get().message());
            saving = advice.get().saving();
        } else if (baseAlone) {
            m.append(" FROM ")
                    .append(FatBaseVariant.choice(ctx, catalog, root)
                            .get()
                            .suggestion()
                            .image())
                    .append(" (the base change itself is reported by fat-base-variant)");
        } else {
            m.append(" FROM ").append(GENERIC.get(step.ecosystem()));
        }
        out.report(step.run().span(step.command()), m.toString(), saving);
    }
}
