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
        // One matcher reset per comment, not one made per comment: a file has many comments and
        // these rules match almost none (the matchers were 1.4 % of a 10,000-file lint's allocation).
        Matcher m = null;
        for (Comment c : ctx.file().comments()) {
            m = m == null ? pattern().matcher(c.text()) : m.reset(c.text());
            if (m.matches()) check(c, m, ctx, out);
        }
    }
}
