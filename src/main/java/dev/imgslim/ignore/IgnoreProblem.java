package dev.imgslim.ignore;

/**
 * A line Docker would reject: with it present, {@code docker build} fails before sending the
 * context. Rules report these; matching skips the offending pattern.
 *
 * @param line    1-based line number
 * @param pattern the pattern as read (with {@code !} when an exception)
 * @param message why Docker rejects it
 */
public record IgnoreProblem(int line, String pattern, String message) {
}
