package dev.imgslim.rules.hadolint;

import dev.imgslim.build.ImageReference;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;

/**
 * A check of the tag a stage's base image is pulled by (no tag, {@code latest}): the engine hands it every
 * stage; those built FROM an image (not another stage, not scratch) reach {@link #problem}. The message
 * names the image as resolved and, when ARGs made it, as written.
 */
abstract class BaseTagRule extends StageRule {

    /** What is wrong with the reference's tag, or null when nothing is; e.g. {@code "has no tag"}. */
    abstract String problem(ImageReference ref);

    /** What the user should do, after the problem and a comma. */
    abstract String advice();

    @Override
    public final void visit(Stage s, LintContext ctx, FindingSink out) {
        ImageReference ref = s.baseImage();
        if (ref == null || s.parent() != null || s.isScratch()) return;
        String problem = problem(ref);
        if (problem == null) return;
        String shown = s.baseExpansion().value();
        String via = s.baseText().contains("$") ? " ('" + s.baseText() + "' resolves to '" + shown + "')" : "";
        out.report(Support.imageSpan(s), "image '" + shown + "' " + problem + via + ", " + advice());
    }
}
