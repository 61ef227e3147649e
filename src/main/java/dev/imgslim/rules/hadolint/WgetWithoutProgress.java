package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;

/**
 * {@code wget URL} without {@code --progress} or a quiet option: the default progress bar floods the
 * build log (one line per update in non-TTY builds). Not flagged: {@code -q}/{@code --quiet},
 * {@code -nv}/{@code --no-verbose}, {@code -o}/{@code -a} log files, {@code --progress=...}, stderr sent to
 * {@code /dev/null} ({@code wget URL 2>/dev/null}), and
 * {@code wget --version}/{@code --help}.
 */
public final class WgetWithoutProgress extends ShellRunRule {
    @Override
    void check(RunView run, Node<Run> node, FindingSink out) {
        for (ShellCommand c : run.commands("wget")) {
            if (c.hasFlag(
                    "-q",
                    "--quiet",
                    "-nv",
                    "--no-verbose",
                    "-o",
                    "--output-file",
                    "-a",
                    "--append-output",
                    "--progress",
                    "--version",
                    "-V",
                    "--help",
                    "-h",
                    "--spider")) continue;
            if (c.nonOptions().isEmpty()) continue;
            if (c.silencesStderr()) continue;
            out.report(
                    run.span(c),
                    "wget without '--progress=dot:giga' or '-q' fills the build log with" + " progress output");
        }
    }
}
