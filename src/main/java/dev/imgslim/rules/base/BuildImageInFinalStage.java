package dev.imgslim.rules.base;

import dev.imgslim.build.Stage;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.rules.StageRule;
import dev.imgslim.script.ShellCommand;
import java.util.List;
import java.util.Optional;

/**
 * The final image carries a build toolchain: its base is a toolchain image (golang, maven, gradle,
 * rust, dotnet sdk, {@code -devel}, buildpack-deps, or a full language image whose build needs its
 * compiler), or a RUN of the final stage installs one (gcc, g++, build-essential, make, clang, cmake,
 * golang, openjdk-*-jdk, maven, cargo, rustc ...) and does not remove it in the same RUN. Suggests the
 * catalog's runtime bases with their figures.
 *
 * <p>Deliberately not flagged: builder stages (they do not ship); a final stage FROM a runtime image
 * fed by an earlier build stage; toolchains installed and removed again in the same RUN
 * ({@code apk add --virtual .build-deps ... && apk del .build-deps}, {@code apt-get purge}); a full
 * image whose slimmer variant would serve ({@link FatBaseVariant} says so); a single-stage build
 * ({@link MissingMultiStage} reports it once, with the pattern to use); toolchain images for which the
 * catalog has nowhere to go (nvcr.io/nvidia/pytorch).
 */
public final class BuildImageInFinalStage extends StageRule {
    /** The final image is judged once, with the stages it is built FROM: the engine hands over the final stage. */
    @Override
    public void visit(Stage finalStage, LintContext ctx, FindingSink out) {
        if (!finalStage.isFinal()) return;
        Catalog catalog = BaseCatalogs.of(ctx);
        List<Stage> chain = BuildSteps.finalChain(ctx);
        Stage root = BuildSteps.root(chain);
        if (root == null || !BuildSteps.runsApplication(chain) || BuildSteps.singleStageBuild(ctx, catalog) != null)
            return;
        Stage last = chain.get(0);
        if (BuildSteps.isBuildImage(ctx, catalog, root)) {
            CatalogMatch match =
                    CatalogMatches.match(ctx, catalog, root.baseImage()).orElseThrow();
            Optional<RuntimeAdvice> advice = RuntimeAdvice.of(catalog, match);
            if (advice.isPresent()) {
                String through = root == last ? "" : " (through stage '" + root.label() + "')";
                out.report(
                        FromImage.span(last),
                        match.canonicalName() + " is a build image and the final stage"
                                + " is based on it" + through
                                + "; build in an earlier stage and copy the output into a runtime base: "
                                + advice.get().message(),
                        advice.get().saving());
                return; // one finding per final image: the base already carries the toolchain
            }
        }
        // The evidence that an application is built or shipped: a build command in the final image, or
        // the application copied in from a build stage. Without either, an installed compiler is the
        // image's purpose (a CI, test or development image): stay quiet.
        BuildSteps.Step build = BuildSteps.firstBuild(ctx, chain, StageEvidence.of(ctx, chain));
        String evidence;
        if (build != null) {
            evidence = "which builds with it ('" + build.text() + "' at line "
                    + build.run().instruction().line() + ")";
        } else if (BuildSteps.usesOtherStages(ctx, chain)) {
            evidence = "whose application comes from another stage, so nothing here needs it";
        } else {
            return;
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            for (RunView run : StageFacts.shellRuns(ctx, chain.get(k))) {
                List<ShellCommand> cs = run.commands();
                for (int i = 0; i < cs.size(); i++) {
                    if (!Toolchains.isSystemInstall(cs.get(i))) continue;
                    List<String> kept = Toolchains.keptToolchain(cs, i);
                    if (kept.isEmpty()) continue;
                    out.report(
                            run.span(cs.get(i)),
                            "'" + cs.get(i).name() + " " + cs.get(i).subcommand()
                                    + "' puts a build toolchain (" + String.join(", ", kept)
                                    + ") into the final image, " + evidence
                                    + "; build in an"
                                    + " earlier stage and copy the result, or remove the packages in the same RUN",
                            toolchainSaving(cs.get(i), kept, root));
                }
            }
        }
    }

    /**
     * The catalog's measured layer of {@code build-essential} (rules/catalog/packages.json), as an estimate
     * of what an apt install of it costs: measured alone on debian:bookworm; with other packages in the same
     * install, or on another base, the share is not measured. No figure for other toolchains (cmake,
     * python3-dev: the catalog has none).
     */
    private static dev.imgslim.rules.SizeSaving toolchainSaving(ShellCommand c, List<String> kept, Stage root) {
        if (!(c.is("apt-get") || c.is("apt")) || !kept.contains("build-essential")) return null;
        return dev.imgslim.catalog.PackageFigures.find("apt-get", "layer", List.of("build-essential"))
                .filter(dev.imgslim.catalog.PackageFigure::onDisk)
                .map(f -> {
                    var base = root.baseImage();
                    String here = base == null ? "this base" : base.familiarName() + ":" + base.tagOrLatest();
                    return new dev.imgslim.rules.SizeSaving(
                            f.bytes(),
                            false,
                            "estimate",
                            "layer of 'apt-get install --no-install-recommends build-essential' alone on "
                                    + f.measuredOn() + ", one build (catalog: " + f.source() + ", " + f.asOf() + ")"
                                    + (here.equals(f.measuredOn()) ? "" : "; not measured on " + here));
                })
                .orElse(null);
    }
}
