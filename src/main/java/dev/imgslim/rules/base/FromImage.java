package dev.imgslim.rules.base;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import java.util.List;

/** The image word of a stage's FROM: where findings point and what a fix replaces. */
final class FromImage {
    private FromImage() {}

    /** The span of the base as written in FROM (after any flags), or the whole FROM. */
    static Span span(Stage stage) {
        Instruction from = stage.from();
        String rest = from.rest();
        String text = stage.baseText();
        int at = text == null || text.isEmpty() ? -1 : rest.indexOf(text);
        if (at < 0) return from.span();
        return from.spanOfRest(at, at + text.length());
    }

    /** True when the FROM names the image literally, so a fix may rewrite it. */
    static boolean literal(Stage stage) {
        return stage.baseText() != null
                && !stage.baseText().contains("$")
                && !span(stage).equals(stage.from().span());
    }

    /** A suggested (never automatic) fix that writes {@code image} in place of the base. */
    static List<Fix> replace(Stage stage, String image, String description) {
        if (!literal(stage)) return List.of();
        Span s = span(stage);
        return List.of(Fix.suggestion(description, new TextEdit(s.startOffset(), s.endOffset(), image)));
    }
}
