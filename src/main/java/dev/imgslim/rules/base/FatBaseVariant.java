package dev.imgslim.rules.base;

import dev.imgslim.build.Stage;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.catalog.Suggestion;
import dev.imgslim.catalog.SuggestionMessages;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Reach;
import dev.imgslim.rules.StageRule;
import java.util.Optional;

/**
 * A shipped stage starts from a fat variant of an image family whose slimmer variant would serve it:
 * {@code python:3.12} → {@code python:3.12-slim}, {@code node:22} → {@code node:22-slim},
 * pytorch {@code -devel} → {@code -runtime}, eclipse-temurin {@code jdk} → {@code jre}. The base is
 * resolved through ARG defaults and {@code --build-arg}; the message is the catalog's, with sizes,
 * source and as-of date, and says what the slimmer variant lacks.
 *
 * <p>Deliberately not flagged: builder stages that do not ship; a slimmer variant that lacks something
 * the stage (or a stage built FROM it) evidently uses — it compiles (gcc, make, pip wheel, setup.py,
 * build-essential or -dev headers installed, native gems), runs nvcc or builds CUDA extensions, uses
 * git, JDK tools, a shell or a package manager the target lacks, or curl/wget that only the full image
 * had; a jump from glibc to alpine when the ladder has a glibc step (alpine is only mentioned); toolchain
 * images whose catalog entry names runtime bases instead (golang, rust, maven, gradle, dotnet sdk:
 * {@link BuildImageInFinalStage} says where to go); unknown families and tags; digest-only references;
 * steps that save less than 50 MB by the catalog (debian → debian-slim), or have no figure and do not drop
 * a toolchain.
 */
public final class FatBaseVariant extends StageRule implements Reach.ShippingOnly {
    @Override
    public void visit(Stage stage, LintContext ctx, FindingSink out) {
        if (stage.parent() != null || stage.baseImage() == null) return;
        Optional<Choice> choice = choice(ctx, BaseCatalogs.of(ctx), stage);
        if (choice.isEmpty()) return;
        Suggestion s = choice.get().suggestion();
        out.report(
                FromImage.span(stage),
                message(choice.get()),
                Slimmer.sizeSaving(s),
                FromImage.replace(
                        stage,
                        s.asWritten(),
                        "use " + s.asWritten()
                                + (s.lacks().isEmpty() ? "" : " (it lacks: " + String.join(", ", s.lacks()) + ")")));
    }

    /** The serving slimmer variant of a stage's base, as this rule would suggest it. */
    static Optional<Choice> choice(LintContext ctx, Catalog catalog, Stage stage) {
        if (stage.baseImage() == null) return Optional.empty();
        Optional<CatalogMatch> match = CatalogMatches.match(ctx, catalog, stage.baseImage());
        if (match.isEmpty() || match.get().variantOrNull() == null) return Optional.empty();
        if (!CatalogMatches.runtimeBases(ctx, catalog, stage.baseImage()).isEmpty()) return Optional.empty();
        StageEvidence evidence = StageEvidence.ofStageAndDescendants(ctx, stage);
        Optional<Slimmer.Choice> c =
                Slimmer.choose(match.get(), CatalogMatches.ladder(ctx, catalog, stage.baseImage()), evidence);
        if (c.isEmpty() || !worthIt(match.get(), c.get().suggestion())) return Optional.empty();
        return Optional.of(new Choice(c.get().suggestion(), c.get().muslExtra()));
    }

    /** Below this the variant is not "fat": debian → debian-slim (~20 MB: docs, man pages, locales). */
    static final long MIN_SAVING_BYTES = 50_000_000L;

    /**
     * Worth a finding: the catalog's saving (the upper end of a range) is at least {@link #MIN_SAVING_BYTES};
     * without a figure, only when the current variant is a toolchain (ruby:3.3 → ruby:3.3-slim).
     */
    static boolean worthIt(CatalogMatch from, Suggestion s) {
        if (s.savings().isEmpty())
            return from.variantOrNull() != null && from.variantOrNull().isToolchain();
        return s.savings().stream().anyMatch(v -> v.maxBytes() >= MIN_SAVING_BYTES);
    }

    record Choice(Suggestion suggestion, Suggestion muslExtra) {}

    static String message(Choice c) {
        Suggestion s = c.suggestion();
        StringBuilder m = new StringBuilder(SuggestionMessages.message(s));
        if (s.digestDropped()) {
            String digest = s.from().reference().digest();
            m.append("; the suggestion drops the digest pin (@")
                    .append(digest, 0, Math.min(digest.length(), 19))
                    .append("…): pin the new tag's digest");
        }
        if (c.muslExtra() != null) {
            m.append("; smaller still: ").append(c.muslExtra().image()).append(" (musl instead of glibc)");
        }
        return m.toString();
    }
}
