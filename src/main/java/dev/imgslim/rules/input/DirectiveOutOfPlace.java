package dev.imgslim.rules.input;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Comment;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code # syntax=} or {@code # escape=} line after a comment, a blank line or an instruction is an
 * ordinary comment to BuildKit: the build silently uses the default frontend or escape character.
 * A copyright header above {@code # syntax=docker/dockerfile:1.3-labs} is the usual cause.
 *
 * <p>Not flagged: {@code # check=...} comments, which imgslim honours right above an instruction.
 */
public final class DirectiveOutOfPlace extends CommentRule {
    private static final Pattern DIRECTIVE =
            Pattern.compile("^(syntax|escape)\\s*=\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);

    @Override
    Pattern pattern() {
        return DIRECTIVE;
    }

    @Override
    void check(Comment c, Matcher m, LintContext ctx, FindingSink out) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (ctx.file().directive(name).isPresent()
                && ctx.file().directive(name).get().line() == c.line()) return;
        String effect = name.equals("syntax")
                ? "the build uses the default Dockerfile frontend, not "
                        + m.group(2).trim()
                : "the escape character stays '" + ctx.file().escape() + "'";
        out.report(
                ctx.file().source().lines(c.line(), c.line()),
                "parser directive '" + name + "' on line " + c.line()
                        + " is ignored: directives must come before any"
                        + " comment, blank line or instruction, so " + effect + "; move it to the first line");
    }
}
