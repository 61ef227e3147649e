package dev.imgslim.ignore;

/**
 * A line Docker would reject. A glob syntax error or a lone {@code !} fails {@code docker build}
 * before anything is sent; a pattern whose regexp does not compile (e.g. the reversed range in
 * {@code [z-a]}) fails it as soon as a path is tested against it, which in practice is nearly
 * always. Rules report these; matching skips the offending pattern.
 *
 * @param line    1-based line number
 * @param pattern the pattern as read (with {@code !} when an exception)
 * @param message why Docker rejects it
 */
public record IgnoreProblem(int line, String pattern, String message) {}
