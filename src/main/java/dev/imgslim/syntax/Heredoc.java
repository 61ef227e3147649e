package dev.imgslim.syntax;

/**
 * A here-document attached to RUN, COPY or ADD.
 *
 * @param name           the delimiter with quotes removed ({@code EOF})
 * @param content        the body as written, each line with its line ending, without the terminator line
 * @param expand         false when the delimiter was quoted (no variable expansion in the body)
 * @param chomp          true for {@code <<-}: leading tabs are stripped from body lines
 * @param fileDescriptor the number before {@code <<}, 0 when absent
 * @param bodyStartLine  the first body line (1-based); the terminator is on {@code bodyStartLine + lines}
 */
public record Heredoc(
        String name, String content, boolean expand, boolean chomp, int fileDescriptor, int bodyStartLine) {}
