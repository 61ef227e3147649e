package dev.imgslim.ignore;

/**
 * One effective line of a .dockerignore file, after Docker's cleaning.
 *
 * @param text      the cleaned pattern without the {@code !} prefix, e.g. {@code node_modules}, {@code **}{@code /*.pyc}
 * @param exception true for a {@code !pattern} line, which re-includes what earlier lines excluded
 *                  (patternmatcher calls this flag "exclusion", which reads backwards in a .dockerignore)
 * @param line      1-based line number in the file, counting comments and blank lines, for messages
 */
public record IgnorePattern(String text, boolean exception, int line) {

    /** The pattern as Docker uses it, with {@code !} restored for exceptions. */
    public String source() {
        return exception ? "!" + text : text;
    }

    @Override
    public String toString() {
        return source() + " (line " + line + ")";
    }
}
