package dev.imgslim.rules.base;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.syntax.Span;
import dev.imgslim.syntax.Word;
import java.util.List;
import java.util.Optional;

/** The image word of a stage's FROM: where findings point and what a fix replaces. */
final class FromImage {
    private FromImage() {}

    /** The span of the base as written in FROM (the parser's image word, after any flags), or the whole FROM. */
    static Span span(Stage stage) {
        return imageWord(stage).map(Word::span).orElse(stage.from().span());
    }

    /** True when the FROM names the image literally, so a fix may rewrite it. */
    static boolean literal(Stage stage) {
        return imageWord(stage).filter(w -> !w.text().contains("$")).isPresent();
    }

    private static Optional<Word> imageWord(Stage stage) {
        return stage.fromInstruction().image().filter(w -> !w.text().isEmpty() && w.span() != null);
    }

    /** A suggested (never automatic) fix that writes {@code image} in place of the base. */
    static List<Fix> replace(Stage stage, String image, String description) {
        if (!literal(stage)) return List.of();
        Span s = span(stage);
        return List.of(Fix.suggestion(description, new TextEdit(s.startOffset(), s.endOffset(), image)));
    }
}
