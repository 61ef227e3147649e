package dev.imgslim.report;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Totals shared by the formats that print a summary (tty, json). */
/**
 * @param savingsCompressed  the compressed (registry transfer) savings, summed; null when no finding has one
 * @param savingsOnDisk      the on-disk savings, summed; null when no finding has one. The two kinds are
 *                           never added together: they measure different things.
 */
record Summary(
        int files,
        int findings,
        Map<Severity, Long> bySeverity,
        Long savingsCompressed,
        Long savingsOnDisk,
        int fileErrors,
        int filesNotLinted) {

    /** The order summaries list severities in: what needs attention first. */
    static final List<Severity> MOST_SEVERE_FIRST =
            List.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.STYLE);

    static Summary of(LintResult result) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, result.count(s));
        Long compressed = null;
        Long onDisk = null;
        for (Finding f : result.findings()) {
            if (f.savings() == null) continue;
            // Summed as-is within a kind: findings may overlap, which is why every output calls this an estimate.
            long b = f.savings().bytes();
            if (f.savings().compressed()) compressed = compressed == null ? b : compressed + b;
            else onDisk = onDisk == null ? b : onDisk + b;
        }
        return new Summary(
                FindingOrder.files(result).size(),
                result.findings().size(),
                Map.copyOf(counts),
                compressed,
                onDisk,
                result.errors().size(),
                (int) result.errors().stream().map(e -> e.file()).distinct().count());
    }

    /** Totals counted file by file, for reports written while the lint runs. */
    static final class Counter {
        private int files;
        private int findings;
        private final Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        private Long compressed;
        private Long onDisk;
        private int fileErrors;

        Counter() {
            for (Severity s : Severity.values()) counts.put(s, 0L);
        }

        void add(List<Finding> found, boolean failed) {
            files++;
            findings += found.size();
            if (failed) fileErrors++;
            for (Finding f : found) {
                counts.merge(f.severity(), 1L, Long::sum);
                if (f.savings() == null) continue;
                long b = f.savings().bytes();
                if (f.savings().compressed()) compressed = compressed == null ? b : compressed + b;
                else onDisk = onDisk == null ? b : onDisk + b;
            }
        }

        Summary summary() {
            return new Summary(files, findings, Map.copyOf(counts), compressed, onDisk, fileErrors, fileErrors);
        }
    }

    boolean anySavings() {
        return savingsCompressed != null || savingsOnDisk != null;
    }

    long count(Severity s) {
        return bySeverity.get(s);
    }
}
