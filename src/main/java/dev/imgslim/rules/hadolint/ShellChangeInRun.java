package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.List;

/**
 * {@code RUN ln -sf /bin/bash /bin/sh}: replacing /bin/sh changes the shell of every later RUN behind the
 * reader's back, and of every script in the image that expects the distribution's sh; the SHELL
 * instruction changes it for the Dockerfile only, visibly. Not flagged: links to other paths, and
 * {@code ln -s /busybox/sh /bin/sh} without {@code -f} (nor an {@code rm /bin/sh} before it): that only succeeds
 * where there is no /bin/sh, so it adds a shell to a shell-less image rather than changing one.
 */
public final class ShellChangeInRun extends ShellRunRule {
    @Override
    void check(RunView run, Node<Run> node, FindingSink out) {
        for (ShellCommand c : run.commands("ln")) {
            List<String> ops = c.nonOptions();
            if (ops.size() < 2) continue;
            String target = ops.get(ops.size() - 1);
            if (!target.equals("/bin/sh") && !target.equals("/usr/bin/sh")) continue;
            // Without -f, ln only succeeds where there is no /bin/sh yet: that adds a shell, it changes none.
            if (!c.hasFlag("-f", "--force") && !run.removes(target)) continue;
            out.report(
                    run.span(c),
                    "relinking " + target + " to " + ops.get(0) + " changes the shell of every"
                            + " later RUN and of the image's scripts; use SHELL [\"" + ops.get(0)
                            + "\", \"-c\"] instead");
        }
    }
}
