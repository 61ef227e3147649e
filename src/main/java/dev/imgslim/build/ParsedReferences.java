package dev.imgslim.build;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The image references this process has parsed, by text: a monorepo's thousands of Dockerfiles name a
 * few dozen images, and each parse runs the reference grammar's regular expressions (1.7 % of the CPU of
 * a 10,000-file lint, 2026-12-06, when every FROM was parsed again). Bounded: once it holds
 * {@link #MAX} texts, others are parsed and not kept, so memory does not grow with the input. Only
 * valid references are kept; an invalid one throws again on each parse. Safe to share between the
 * threads that lint files: a reference is immutable.
 */
final class ParsedReferences {
    /** Distinct texts kept: a few hundred kB at most (a reference is at most 255 characters). */
    static final int MAX = 4096;

    private static final ConcurrentHashMap<String, ImageReference> KNOWN = new ConcurrentHashMap<>();

    private ParsedReferences() {}

    static ImageReference parse(String reference) {
        ImageReference known = KNOWN.get(reference);
        if (known != null) return known;
        ImageReference parsed = ImageReference.parseUncached(reference);
        if (KNOWN.size() < MAX) KNOWN.putIfAbsent(reference, parsed);
        return parsed;
    }
}
