package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;

/**
 * A RUN command run through {@code sudo}: behaviour depends on a sudoers setup and a TTY, and it hides
 * which user the build runs as; switch with {@code USER} instead. Not flagged: installing the sudo package
 * ({@code apt-get install sudo}), writing sudoers files, and {@code gosu}/{@code su-exec}.
 */
public final class SudoInRun extends ShellRunRule {
    @Override
    void check(RunView run, Node<Run> node, FindingSink out) {
        for (ShellCommand c : run.commands()) {
            if (!c.wrappers().contains("sudo")) continue;
            out.report(
                    run.span(c),
                    "'sudo " + c.name() + "' in a RUN: sudo behaves differently without a TTY"
                            + " and sudoers set-up; switch with USER instead");
        }
    }
}
