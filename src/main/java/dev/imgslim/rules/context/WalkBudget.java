package dev.imgslim.rules.context;

/**
 * A bound on how much of a build context one lint may walk: a number of directory entries and a
 * wall-clock time. A lint in a pre-commit hook must not stall on a huge {@code node_modules}.
 */
final class WalkBudget {
    static final int MAX_ENTRIES = 200_000;
    static final long MAX_NANOS = 2_000_000_000L;

    private final int maxEntries;
    private final long deadline;
    private int entries;

    WalkBudget() {
        this(MAX_ENTRIES, MAX_NANOS);
    }

    WalkBudget(int maxEntries, long maxNanos) {
        this.maxEntries = maxEntries;
        this.deadline = System.nanoTime() + maxNanos;
    }

    /** Counts one entry; false once the budget is spent. */
    boolean take() {
        entries++;
        return entries <= maxEntries && (entries % 1024 != 0 || System.nanoTime() < deadline);
    }

    /** How many entries have been counted. */
    int taken() {
        return entries;
    }

    /**
     * Counts {@code n} entries of a walk whose outcome is already known (the same walk in another file
     * of the run), when they fit in what is left; false, counting nothing, when the walk must be made to
     * see where it stops.
     */
    boolean takeKnown(int n) {
        if (entries + n > maxEntries || System.nanoTime() >= deadline) return false;
        entries += n;
        return true;
    }

    boolean spent() {
        return entries > maxEntries || System.nanoTime() >= deadline;
    }
}
