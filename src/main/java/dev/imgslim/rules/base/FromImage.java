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
        Optional<Word> word = imageWord(stage);
        return word.isPresent() ? word.get().span() : stage.from().span();
    }

    /** True when the FROM names the image literally, so a fix may rewrite it. */
    static boolean literal(Stage stage) {
        Optional<Word> word = imageWord(stage);
        return word.isPresent() && !word.get().text().contains("$");
    }

    private static Optional<Word> imageWord(Stage stage) {
        // Optional tests, not filter lambdas: see LintContext.sharedOrNull (start-up)
        Optional<Word> image = stage.fromInstruction().image();
        return image.isPresent() && !image.get().text().isEmpty() && image.get().span() != null
                ? image
                : Optional.empty();
    }

    /** A suggested (never automatic) fix that writes {@code image} in place of the base. */
    static List<Fix> replace(Stage stage, String image, String description) {
        if (!literal(stage)) return List.of();
        Span s = span(stage);
        return List.of(Fix.suggestion(description, new TextEdit(s.startOffset(), s.endOffset(), image)));
    }
}
