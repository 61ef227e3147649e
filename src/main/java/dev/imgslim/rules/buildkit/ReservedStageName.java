package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;
import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's ReservedStageName: a stage named {@code scratch} or {@code context}, names BuildKit gives
 * their own meaning ({@code FROM scratch}, the build context in {@code COPY --from=context}).
 *
 * <p>Deliberately not flagged: other names of well-known images ({@code FROM alpine AS ubuntu} is confusing
 * but BuildKit accepts it).
 */
public final class ReservedStageName extends StageRule {
    private static final Set<String> RESERVED = Set.of("context", "scratch");

    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        if (s.name() == null) return;
        String name = s.name().toLowerCase(Locale.ROOT);
        if (RESERVED.contains(name)) {
            out.report(
                    Bk.stageNameSpan(s), "Stage name should not use the same name as reserved stage " + Bk.quote(name));
        }
    }
}
