package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Comment;
import dev.imgslim.syntax.Span;
import java.util.regex.Pattern;

/**
 * An inline ignore comment ({@code # imgslim ignore=...}, {@code # hadolint ignore=...}, their
 * {@code global} forms): for teams that want every exception in the reviewed config file, not scattered
 * through Dockerfiles. Off by default: inline ignores with a reason are good practice elsewhere.
 *
 * <p>Deliberately not flagged: BuildKit's {@code # check=skip=...} directive (it is BuildKit's own
 * setting, read by the builder as well), comments that merely mention a pragma.
 */
public final class InlineIgnorePragma extends FileRule {
    /** The form {@code Suppressions} honours: tool name, optional {@code global}, {@code ignore=}. */
    private static final Pattern PRAGMA = Pattern.compile("^(imgslim|hadolint)\\s+(global\\s+)?ignore\\s*=.*$");

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Comment c : ctx.file().comments()) {
            if (!PRAGMA.matcher(c.text()).matches()) continue;
            out.report(
                    Span.ofLine(c.line()),
                    "inline ignore '# " + c.text().replaceFirst("\\s*#.*$", "") + "': put the exception in"
                            + " .imgslim.yaml (ignore:) where it is reviewed with the other settings");
        }
    }
}
