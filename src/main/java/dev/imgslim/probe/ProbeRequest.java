package dev.imgslim.probe;

import java.time.Duration;
import java.util.List;

/**
 * What to measure. The CLI builds one from flags; the Dockerfile-driven path builds one from
 * the Dockerfile's base image, the catalog's candidates and the commands its RUN lines use.
 *
 * @param base       the current base image, compared against; null to measure candidates only
 * @param candidates images to measure and compare with the base
 * @param platform   null: the daemon's own platform (or this machine's when no daemon is needed)
 * @param pull       pull through the daemon and measure on-disk size and pull time
 * @param coldStart  a shell command to time in each candidate, or null
 * @param runs       how many cold-start runs per image (at least 1)
 * @param timeout    bound on every registry request and every container run
 * @param needs      commands the Dockerfile needs; checked with {@code command -v}
 */
public record ProbeRequest(
        String base,
        List<String> candidates,
        Platform platform,
        boolean pull,
        String coldStart,
        int runs,
        Duration timeout,
        List<String> needs) {

    public static final int DEFAULT_RUNS = 5;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ProbeRequest {
        candidates = List.copyOf(candidates);
        needs = needs == null ? List.of() : List.copyOf(needs);
        if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1");
        if (timeout == null) timeout = DEFAULT_TIMEOUT;
        for (String n : needs) {
            if (!FitnessCheck.COMMAND_NAME.matcher(n).matches()) {
                throw new IllegalArgumentException("invalid command name in --needs: '" + n + "'");
            }
        }
        if (base == null && candidates.isEmpty())
            throw new IllegalArgumentException("nothing to probe: give --base and/or --candidate");
    }

    /** Registry sizes only, default runs and timeout: the cheapest useful request. */
    public static ProbeRequest sizesOnly(String base, List<String> candidates) {
        return new ProbeRequest(base, candidates, null, false, null, DEFAULT_RUNS, DEFAULT_TIMEOUT, List.of());
    }

    /** Whether any measurement needs a container or the daemon's image store. */
    boolean needsDaemon() {
        return pull || coldStart != null || !needs.isEmpty();
    }
}
