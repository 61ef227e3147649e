package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.ParseWarning;

/**
 * BuildKit's NoEmptyContinuation: a blank line inside a continued instruction. BuildKit's parser skips
 * it today and says it will become an error; the parser records it as a warning, reported here on
 * the whole instruction, as BuildKit does.
 *
 * <p>Deliberately not flagged: comment lines inside a continuation (they are allowed) and blank lines
 * inside heredoc bodies.
 */
public final class NoEmptyContinuation extends FileRule {
    // Whole file: the parser's warnings belong to no instruction of the model.
    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (ParseWarning w : ctx.file().warnings()) {
            if (w.rule().equals("no-empty-continuation")) out.report(w.span(), "Empty continuation line");
        }
    }
}
