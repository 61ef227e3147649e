package dev.imgslim.syntax;

import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: its instructions in order, the parser directives and comments, and the text.
 *
 * @param path     the path as the user named it ({@code -} for stdin)
 * @param escape   the escape character in force ({@code \} or backtick)
 */
public record Dockerfile(
        String path,
        SourceText source,
        char escape,
        List<Directive> directives,
        List<Instruction> instructions,
        List<Comment> comments,
        List<ParseWarning> warnings) {

    public Optional<Directive> directive(String name) {
        for (Directive d : directives)
            if (d.name().equals(name)) return Optional.of(d); // no stream: asked per file by several rules
        return Optional.empty();
    }
}
