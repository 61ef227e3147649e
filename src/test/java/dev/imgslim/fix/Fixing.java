package dev.imgslim.fix;

import dev.imgslim.config.Config;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import java.util.Map;

/** Test helper: fixes a text with the built-in rules, as {@code imgslim fix} does. */
final class Fixing {
    private Fixing() {}

    static FixLoop.Outcome fix(String text, FixSelection selection) throws Exception {
        LintOptions options = new LintOptions(Config.defaults(), Map.of(), null, null, null);
        return new DockerfileFixer(LintEngine.builtin(), selection).fix("Dockerfile", text, options);
    }

    static String safe(String text) throws Exception {
        return fix(text, FixSelection.safeOnly()).fixed();
    }

    static String unsafe(String text) throws Exception {
        return fix(text, new FixSelection(java.util.List.of(), java.util.List.of(), true))
                .fixed();
    }
}
