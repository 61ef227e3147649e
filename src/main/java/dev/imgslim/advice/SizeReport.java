package dev.imgslim.advice;

import java.util.List;

/**
 * The size advice for one Dockerfile.
 *
 * @param file     the file as the user named it
 * @param stages   every stage, in file order
 * @param estimate the lower bound for the final image
 * @param savings  findings that carry a saving, largest first
 * @param totalCompressedBytes sum of the compressed savings
 * @param totalOnDiskBytes     sum of the savings that are on disk (or of unspecified kind)
 * @param budget   the budget check, or null without {@code --size-budget}
 */
public record SizeReport(
        String file,
        List<StageSize> stages,
        Estimate estimate,
        List<SavingItem> savings,
        long totalCompressedBytes,
        long totalOnDiskBytes,
        BudgetCheck budget) {
    public SizeReport {
        stages = List.copyOf(stages);
        savings = List.copyOf(savings);
    }

    /**
     * One published size of a base image.
     *
     * @param kind       {@code compressed}, {@code on disk} or {@code size kind unspecified}
     * @param measuredOn the image the figure was measured on; it may be another tag of the same variant
     * @param exact      true when measuredOn is the very image the stage names
     */
    public record Figure(
            String kind, long bytes, String measuredOn, boolean exact, String source, String asOf, boolean uncertain) {
        public String text() {
            return Bytes.human(bytes) + " " + kind;
        }
    }

    /**
     * One stage.
     *
     * @param base       the base as written in FROM
     * @param resolved   the base after ARG expansion
     * @param from       {@code image}, {@code stage} (FROM another stage), {@code scratch} or "unresolved"
     * @param parent     the stage it is built FROM, or null
     * @param family     catalog family and variant ({@code python/full}), or null when unknown
     * @param baseSizes  the catalog's figures for the base (empty when unknown or FROM a stage)
     * @param unmeasured instructions that add bytes nobody measured ({@code RUN line 4}); shipped stages only
     */
    public record StageSize(
            int index,
            String name,
            String base,
            String resolved,
            String from,
            String parent,
            boolean ships,
            boolean isFinal,
            String family,
            List<Figure> baseSizes,
            List<String> unmeasured) {
        public StageSize {
            baseSizes = List.copyOf(baseSizes);
            unmeasured = List.copyOf(unmeasured);
        }

        public String label() {
            return name != null ? name : String.valueOf(index);
        }
    }

    /**
     * The estimated final image: its root base's figures (through FROM-stage chains) plus the bytes we
     * can attribute, which is none so far; so a lower bound.
     *
     * @param rootImage the image the final stage's layers start from, or null
     * @param figures   lower bounds per kind; empty when unknown
     * @param note      why it is unknown, or what it leaves out
     */
    public record Estimate(String rootImage, List<Figure> figures, long knownAdditionsBytes, String note) {
        public Estimate {
            figures = List.copyOf(figures);
        }

        public boolean known() {
            return !figures.isEmpty();
        }
    }

    /** A finding with a saving. */
    public record SavingItem(
            String code,
            String name,
            int line,
            int column,
            long bytes,
            boolean compressed,
            String source,
            String basis) {}

    /**
     * The budget verdict.
     *
     * @param comparedBytes the lower bound compared, or null when unknown
     * @param kind          which figure was compared (compressed where known, else on disk), or null
     * @param exceeded      true only when the lower bound is known and above the budget
     */
    public record BudgetCheck(long budgetBytes, Long comparedBytes, String kind, boolean exceeded, String text) {}
}
