package dev.imgslim.rules.input;

import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Comment;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check of the file's comments that match a pattern (parser directives, imgslim pragmas). It keeps the
 * whole-file entry point: comments are no part of the build model the engine walks.
 */
abstract class CommentRule extends FileRule {

    /** The comment text (after {@code #}, trimmed) this rule looks at. */
    abstract Pattern pattern();

    abstract void check(Comment c, Matcher m, LintContext ctx, FindingSink out);

    @Override
    public final void check(LintContext ctx, FindingSink out) {
        for (Comment c : ctx.file().comments()) {
            Matcher m = pattern().matcher(c.text());
            if (m.matches()) check(c, m, ctx, out);
        }
    }
}
