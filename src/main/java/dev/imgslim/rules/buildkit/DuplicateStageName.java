package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's DuplicateStageName: two stages with the same name (compared lower-cased, as BuildKit
 * stores names). {@code COPY --from} and {@code --target} can reach only one of them.
 *
 * <p>Deliberately not flagged: unnamed stages; the first stage of a duplicated name (the later one
 * is reported).
 */
public final class DuplicateStageName implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS505",
                    "duplicate-stage-name",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "Stage names should be unique")
            .withAliases("DuplicateStageName", "DL3024");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Set<String> seen = new HashSet<>();
        for (Stage s : ctx.model().stages()) {
            if (s.name() == null) continue;
            String name = s.name().toLowerCase(Locale.ROOT);
            if (!seen.add(name)) {
                out.report(
                        META,
                        Bk.stageNameSpan(s),
                        "Duplicate stage name " + Bk.quote(name) + ", stage names should be unique");
            }
        }
    }
}
