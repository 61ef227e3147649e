package dev.imgslim.advice;

import dev.imgslim.advice.SizeReport.BudgetCheck;
import dev.imgslim.advice.SizeReport.Estimate;
import dev.imgslim.advice.SizeReport.Figure;
import dev.imgslim.advice.SizeReport.SavingItem;
import dev.imgslim.advice.SizeReport.StageSize;
import dev.imgslim.build.BuildModel;
import dev.imgslim.build.Stage;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.catalog.SizeFigure;
import dev.imgslim.catalog.SizeKind;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.LintResult;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes the size advice from what is already known: the build model (stages, what ships), the
 * catalog's published base sizes, and the findings' savings. Nothing is measured here, so the
 * estimate of the final image is a lower bound: its base, plus no attributed additions.
 */
public final class SizeEstimator {
    private SizeEstimator() {}

    /**
     * Advice for every file of a lint run that parsed.
     *
     * @param parsed      the parsed Dockerfile of a file name, or null when it did not parse
     * @param budgetBytes {@code --size-budget}, or null
     */
    public static SizeAdvice advise(
            LintResult result,
            Function<String, Dockerfile> parsed,
            LintOptions options,
            Catalog catalog,
            Long budgetBytes) {
        List<SizeReport> reports = new ArrayList<>();
        for (String file : result.files()) {
            Dockerfile df = parsed.apply(file);
            if (df == null) continue;
            List<Finding> findings = result.findings().stream()
                    .filter(f -> f.file().equals(file))
                    .toList();
            reports.add(estimate(file, df, options, findings, catalog, budgetBytes));
        }
        return new SizeAdvice(reports, budgetBytes);
    }

    public static SizeReport estimate(
            String file,
            Dockerfile df,
            LintOptions options,
            List<Finding> findings,
            Catalog catalog,
            Long budgetBytes) {
        BuildModel model = BuildModel.of(df, options.buildArgs(), options.target());
        List<StageSize> stages = new ArrayList<>();
        for (Stage s : model.stages()) stages.add(stage(s, catalog));
        Estimate estimate = finalEstimate(model, catalog);

        List<SavingItem> savings = new ArrayList<>();
        long compressed = 0;
        long onDisk = 0;
        for (Finding f : findings) {
            if (f.savings() == null) continue;
            savings.add(new SavingItem(
                    f.rule().code(),
                    f.rule().name(),
                    f.line(),
                    f.column(),
                    f.savings().bytes(),
                    f.savings().compressed(),
                    f.savings().source(),
                    f.savings().basis()));
            if (f.savings().compressed()) compressed += f.savings().bytes();
            else onDisk += f.savings().bytes();
        }
        savings.sort(Comparator.comparingLong(SavingItem::bytes).reversed().thenComparingInt(SavingItem::line));
        BudgetCheck budget = budgetBytes == null ? null : budget(budgetBytes, estimate);
        return new SizeReport(file, stages, estimate, savings, compressed, onDisk, budget);
    }

    private static StageSize stage(Stage s, Catalog catalog) {
        String from;
        if (s.parent() != null) from = "stage";
        else if (s.isScratch()) from = "scratch";
        else if (s.baseImage() != null) from = "image";
        else from = "unresolved";
        String family = null;
        List<Figure> figures = List.of();
        if (s.isScratch()) {
            figures = scratch();
            family = "scratch";
        } else if (s.parent() == null && s.baseImage() != null) {
            Optional<CatalogMatch> m = catalog.match(s.baseImage());
            if (m.isPresent()) {
                family = m.get().familyId()
                        + (m.get().variantOrNull() == null
                                ? ""
                                : "/" + m.get().variantOrNull().id());
                figures = figures(m.get());
            }
        }
        List<String> unmeasured = new ArrayList<>();
        if (s.ships()) {
            for (Instruction ins : s.instructions()) {
                if (ins.is("RUN") || ins.is("COPY") || ins.is("ADD"))
                    unmeasured.add(ins.command() + " line " + ins.line());
            }
        }
        return new StageSize(
                s.index(),
                s.name(),
                s.baseText(),
                s.baseExpansion().value(),
                from,
                s.parent() == null ? null : s.parent().label(),
                s.ships(),
                s.isFinal(),
                family,
                figures,
                unmeasured);
    }

    private static List<Figure> scratch() {
        return List.of(
                new Figure(SizeKind.COMPRESSED.label(), 0, "scratch", true, "scratch is the empty image", null, false),
                new Figure(SizeKind.ON_DISK.label(), 0, "scratch", true, "scratch is the empty image", null, false));
    }

    /** One figure per kind: measured on this exact tag where the catalog has one, else the variant's first. */
    static List<Figure> figures(CatalogMatch m) {
        List<Figure> out = new ArrayList<>();
        if (m.variantOrNull() == null) return out;
        for (SizeKind kind : SizeKind.values()) {
            SizeFigure pick = null;
            for (SizeFigure f : m.sizes()) {
                if (f.kind() != kind) continue;
                if (pick == null) pick = f;
                if (matchesTag(f, m)) {
                    pick = f;
                    break;
                }
            }
            if (pick == null) continue;
            String on = measuredOn(pick, m.repository());
            out.add(new Figure(
                    kind.label(),
                    pick.bytes(),
                    on,
                    on.equals(m.canonicalName()),
                    pick.source(),
                    pick.asOf(),
                    pick.uncertain()));
        }
        return out;
    }

    private static boolean matchesTag(SizeFigure f, CatalogMatch m) {
        return m.tag() != null && (m.tag().equals(f.tag()) || m.canonicalName().equals(f.tag()));
    }

    private static String measuredOn(SizeFigure f, String repository) {
        String tag = f.tag() == null ? "latest" : f.tag();
        return tag.contains(":") ? tag : repository + ":" + tag;
    }

    private static Estimate finalEstimate(BuildModel model, Catalog catalog) {
        Stage last = model.finalStage();
        if (last == null) return new Estimate(null, List.of(), 0, "no stage");
        Stage root = last;
        while (root.parent() != null && root.parent() != root) root = root.parent();
        String via = root == last ? "" : " (through stage '" + root.label() + "')";
        if (root.isScratch()) {
            return new Estimate("scratch", scratch(), 0, "base scratch" + via + " only; additions not measured");
        }
        if (root.baseImage() == null) {
            return new Estimate(
                    null, List.of(), 0, "the final stage's base '" + root.baseText() + "' could not be resolved");
        }
        String image = root.baseExpansion().value();
        Optional<CatalogMatch> m = catalog.match(root.baseImage());
        List<Figure> figures = m.map(SizeEstimator::figures).orElse(List.of());
        if (figures.isEmpty()) {
            return new Estimate(image, List.of(), 0, "the catalog has no size for " + image + via);
        }
        return new Estimate(image, figures, 0, "base " + image + via + " only; additions not measured");
    }

    /** Compares the compressed lower bound where known, else the on-disk one, else one of unspecified kind. */
    static BudgetCheck budget(long budget, Estimate e) {
        Figure compared = null;
        for (String kind :
                List.of(SizeKind.COMPRESSED.label(), SizeKind.ON_DISK.label(), SizeKind.UNSPECIFIED.label())) {
            compared = e.figures().stream()
                    .filter(f -> f.kind().equals(kind))
                    .findFirst()
                    .orElse(null);
            if (compared != null) break;
        }
        String limit = Bytes.human(budget);
        if (compared == null) {
            return new BudgetCheck(
                    budget,
                    null,
                    null,
                    false,
                    "note: size budget " + limit + " not checked: the final" + " image size is unknown (" + e.note()
                            + ")");
        }
        boolean over = compared.bytes() > budget;
        String figure = "the estimated final image is at least " + compared.text() + " ("
                + (compared.exact() ? "" : "figure for " + compared.measuredOn() + ", ") + "catalog"
                + (compared.asOf() == null ? "" : ", " + compared.asOf()) + ")";
        String text =
                over ? "size budget " + limit + " exceeded: " + figure : "size budget " + limit + " kept: " + figure;
        if (!compared.kind().equals(SizeKind.COMPRESSED.label()))
            text += "; compared " + compared.kind() + " (no compressed figure)";
        else text += "; compared compressed";
        return new BudgetCheck(budget, compared.bytes(), compared.kind(), over, text);
    }
}
