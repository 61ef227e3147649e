package dev.imgslim.ignore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits .dockerignore text into patterns the way moby's {@code ignorefile.ReadAll} does, keeping
 * the line each came from:
 * <ul>
 *   <li>lines end at {@code \n}; one {@code \r} before it is dropped (CRLF files);</li>
 *   <li>a UTF-8 byte-order mark is dropped from the first line only;</li>
 *   <li>a line is a comment only if {@code #} is its very first character ({@code " #x"} is a pattern);</li>
 *   <li>surrounding white space is trimmed, and then blank lines dropped;</li>
 *   <li>after an optional {@code !} (and white space after it) the path is cleaned and one leading
 *       {@code /} removed, because patterns are relative to the context root.</li>
 * </ul>
 */
final class IgnoreFileReader {

    /** Go's bufio.Scanner gives up on longer lines, which fails the whole build. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** One surviving line: the pattern as ReadAll returns it ({@code !} kept) and its 1-based line. */
    record Line(int number, String pattern) {}

    private IgnoreFileReader() {}

    static List<Line> read(String text, List<IgnoreProblem> problems) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String raw = text.substring(start, end);
            start = end + 1;
            if (raw.endsWith("\r")) {
                raw = raw.substring(0, raw.length() - 1);
            }
            if (number == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            number++;
            if (raw.getBytes(StandardCharsets.UTF_8).length >= MAX_LINE_BYTES) {
                problems.add(new IgnoreProblem(
                        number,
                        raw.substring(0, 40) + "...",
                        "line longer than " + MAX_LINE_BYTES + " bytes; Docker cannot read the file"));
                continue;
            }
            int at = number;
            normalize(raw).ifPresent(pattern -> lines.add(new Line(at, pattern)));
        }
        return lines;
    }

    /** The pattern ReadAll keeps for one line; empty for comments and blank lines. */
    static Optional<String> normalize(String raw) {
        if (raw.startsWith("#")) {
            return Optional.empty();
        }
        String pattern = GoWhitespace.trim(raw);
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        boolean exception = pattern.charAt(0) == '!';
        if (exception) {
            pattern = GoWhitespace.trim(pattern.substring(1));
        }
        if (!pattern.isEmpty()) {
            pattern = GoPaths.clean(pattern);
            if (pattern.length() > 1 && pattern.charAt(0) == '/') {
                pattern = pattern.substring(1);
            }
        }
        return Optional.of(exception ? "!" + pattern : pattern);
    }
}
