package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import java.util.HashSet;
import java.util.Set;

/**
 * BuildKit's UndefinedArgInFrom: a variable in a FROM image or {@code --platform} that is neither
 * declared by an ARG before the first FROM nor one of BuildKit's automatic platform ARGs
 * ({@code TARGETPLATFORM}, {@code BUILDARCH}...). An ARG declared inside a stage is not visible to
 * later FROM lines. Suggests a declared name at edit distance below 3, as BuildKit does.
 *
 * <p>Deliberately not flagged: a global ARG declared without a default (it is declared; the empty
 * default is invalid-default-arg-in-from's business), escaped or single-quoted dollars.
 */
public final class UndefinedArgInFrom implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS509",
                    "undefined-arg-in-from",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "FROM command must use declared ARGs")
            .withAliases("UndefinedArgInFrom");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        char esc = ctx.file().escape();
        FromArgs args = new FromArgs(ctx.model(), esc);
        for (Stage s : ctx.model().stages()) {
            Instruction from = s.from();
            Set<String> reported = new HashSet<>();
            if (!from.args().isEmpty()) {
                for (String name : Bk.unmatchedNames(from.args().get(0), args.defaults, esc)) {
                    report(name, Bk.refSpan(from, name), args, reported, out);
                }
            }
            Flag platform = from.flag("platform");
            if (platform != null && platform.value() != null) {
                for (String name : Bk.unmatchedNames(platform.value(), args.defaults, esc)) {
                    report(name, Bk.flagSpan(from, platform), args, reported, out);
                }
            }
        }
    }

    private static void report(String name, Span span, FromArgs args, Set<String> reported, FindingSink out) {
        if (args.known.contains(name) || !reported.add(name)) return;
        String hint = Bk.suggest(name, args.known);
        out.report(
                META,
                span,
                "FROM argument '" + name + "' is not declared" + (hint == null ? "" : " (did you mean " + hint + "?)"));
    }
}
