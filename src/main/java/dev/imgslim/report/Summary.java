package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.config.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Totals shared by the formats that print a summary (tty, json). */
record Summary(int files, int findings, Map<Severity, Long> bySeverity, long savingsBytes, boolean anySavings,
               int fileErrors, int filesNotLinted) {

    /** The order summaries list severities in: what needs attention first. */
    static final List<Severity> MOST_SEVERE_FIRST = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.STYLE);

    static Summary of(LintResult result) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, result.count(s));
        long bytes = 0;
        boolean any = false;
        for (Finding f : result.findings()) {
            if (f.savings() != null) {
                // Summed as-is: findings may overlap, which is why every output calls this an estimate.
                bytes += f.savings().bytes();
                any = true;
            }
        }
        return new Summary(FindingOrder.files(result).size(), result.findings().size(), Map.copyOf(counts),
                bytes, any, result.errors().size(),
                (int) result.errors().stream().map(e -> e.file()).distinct().count());
    }

    long count(Severity s) {
        return bySeverity.get(s);
    }
}
