package dev.imgslim.probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Start-to-exit times of N container runs. The median is the figure to compare (one slow
 * run from a cold page cache should not decide), min/max show the spread.
 *
 * @param runsMs   every run in the order measured
 * @param exitCode the last run's exit code (non-zero means the command itself failed in this image)
 */
public record ColdStart(List<Double> runsMs, int exitCode) {

    public ColdStart {
        runsMs = List.copyOf(runsMs);
    }

    public double medianMs() {
        List<Double> sorted = new ArrayList<>(runsMs);
        Collections.sort(sorted);
        int n = sorted.size();
        if (n == 0) return 0;
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double minMs() {
        return runsMs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    public double maxMs() {
        return runsMs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
