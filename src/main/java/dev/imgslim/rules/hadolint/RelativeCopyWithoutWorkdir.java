package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Word;
import dev.imgslim.syntax.Workdir;

/**
 * {@code COPY app.py app/} before any {@code WORKDIR}: the destination is relative to whatever working
 * directory the base image left, which the Dockerfile does not show. A WORKDIR in the stage, or in a stage
 * it is built FROM, counts. Not flagged: absolute destinations, destinations starting with a variable
 * ({@code $APP_HOME}), Windows paths, and stages on {@code scratch} (whose working directory is {@code /}).
 * Known limit: a base image that sets WORKDIR (golang, many app images) still gets the finding; we cannot see it.
 */
public final class RelativeCopyWithoutWorkdir extends StageRule {
    /** Compiled once, not on every call (String.matches, replaceFirst and split compile their pattern each time). */
    private static final java.util.regex.Pattern LEADING_QUOTE = java.util.regex.Pattern.compile("^[\"']");

    private static final java.util.regex.Pattern DRIVE = java.util.regex.Pattern.compile("(?i)[a-z]:.*");

    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        if (StageFacts.inherits(s, Workdir.class) || StageFacts.onScratch(s)) return;
        for (Instruction ins : s.instructions()) {
            if (ins instanceof Workdir) return;
            if (!(ins instanceof Copy copy) || copy.destination().isEmpty()) continue;
            Word destination = copy.destination().get();
            // A quoted destination ("/opt/x/") is as absolute as an unquoted one.
            String dest = LEADING_QUOTE.matcher(destination.text()).replaceFirst("");
            if (dest.startsWith("/")
                    || dest.startsWith("$")
                    || dest.startsWith("\\")
                    || DRIVE.matcher(dest).matches()) continue;
            out.report(
                    destination.span(),
                    "COPY to relative '" + dest + "' with no WORKDIR"
                            + " set in this stage: it lands wherever the base image's working directory is; set WORKDIR first"
                            + " or use an absolute path");
        }
    }
}
