package dev.imgslim.fix;

import dev.imgslim.lint.LintRun;
import dev.imgslim.lint.LintSettings;
import dev.imgslim.rules.LintEngine;
import java.io.InputStream;

/** Test helper: fixes a text with the built-in rules, as {@code imgslim fix} does. */
final class Fixing {
    private Fixing() {}

    /** Fixes {@code text} as standard input: default settings, no build context. */
    static FixLoop.Outcome fix(String text, FixSelection selection) throws Exception {
        LintRun run = new LintRun(
                LintEngine.builtin(), DockerfileFixer.quiet(LintSettings.defaults()), InputStream.nullInputStream());
        return new DockerfileFixer(run, selection).fix("-", text);
    }

    static String safe(String text) throws Exception {
        return fix(text, FixSelection.safeOnly()).fixed();
    }

    static String unsafe(String text) throws Exception {
        return fix(text, new FixSelection(java.util.List.of(), java.util.List.of(), true))
                .fixed();
    }
}
