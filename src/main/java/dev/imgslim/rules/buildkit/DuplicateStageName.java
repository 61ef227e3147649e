package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;
import java.util.Locale;

/**
 * BuildKit's DuplicateStageName: two stages with the same name (compared lower-cased, as BuildKit
 * stores names). {@code COPY --from} and {@code --target} can reach only one of them.
 *
 * <p>Deliberately not flagged: unnamed stages; the first stage of a duplicated name (the later one
 * is reported).
 */
public final class DuplicateStageName extends StageRule {
    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        if (s.name() == null) return;
        // The model resolves a name to its first stage: any other stage of that name is a duplicate.
        if (ctx.model().stage(s.name()).orElse(s) == s) return;
        out.report(
                Bk.stageNameSpan(s),
                "Duplicate stage name " + Bk.quote(s.name().toLowerCase(Locale.ROOT))
                        + ", stage names should be unique");
    }
}
