package dev.imgslim.rules.buildkit;

import dev.imgslim.build.ImageReference;
import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.shell.ShellWordResult;
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
public final class InvalidDefaultArgInFrom implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS516",
                    "invalid-default-arg-in-from",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "Default value for global ARG results in an empty or invalid base image name")
            .withAliases("InvalidDefaultArgInFrom");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        char esc = ctx.file().escape();
        FromArgs args = new FromArgs(ctx.model(), esc);
        if (!args.valid) return;
        for (Stage s : ctx.model().stages()) {
            String base = s.baseText();
            ShellWordResult r = Bk.process(base, args.defaults, esc);
            if (r == null) return;
            if (r.matched().isEmpty() && r.unmatched().isEmpty()) continue;
            if (isValidReference(r.word())) continue;
            out.report(
                    META,
                    s.fromInstruction().image().map(Word::span).orElse(s.from().keywordSpan()),
                    "Default value for ARG " + base + " results in empty or invalid base image name");
        }
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
