package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.Severity;
import dev.imgslim.script.ShellCommand;

/**
 * {@code wget URL} without {@code --progress} or a quiet option: the default progress bar floods the
 * build log (one line per update in non-TTY builds). Not flagged: {@code -q}/{@code --quiet},
 * {@code -nv}/{@code --no-verbose}, {@code -o}/{@code -a} log files, {@code --progress=...}, and
 * {@code wget --version}/{@code --help}.
 */
public final class WgetWithoutProgress implements Rule {
    public static final RuleMeta META = new RuleMeta("IS630", "wget-without-progress", Severity.INFO, Category.STYLE,
            "Use wget --progress=dot:giga or -q to keep build logs readable").withAliases("DL3047");

    @Override public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (LintContext.StageRun sr : Support.shellRuns(ctx)) {
            for (ShellCommand c : sr.run().commands("wget")) {
                if (c.hasFlag("-q", "--quiet", "-nv", "--no-verbose", "-o", "--output-file", "-a", "--append-output",
                        "--progress", "--version", "-V", "--help", "-h", "--spider")) continue;
                if (c.nonOptions().isEmpty()) continue;
                out.report(META, sr.run().span(c), "wget without '--progress=dot:giga' or '-q' fills the build log with"
                        + " progress output");
            }
        }
    }
}
