package dev.imgslim.rules.hadolint;

import dev.imgslim.fix.edits.PackageEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.syntax.Run;
import java.util.Set;

/**
 * {@code apt install}: apt is the interactive front end, its output and behaviour are not a stable
 * interface ("WARNING: apt does not have a stable CLI interface"). Not flagged: {@code apt-get},
 * {@code apt-cache}, {@code apt-key}, and {@code apt} subcommands that only read ({@code apt list},
 * {@code apt show}, {@code apt search}, {@code apt policy}).
 */
public final class AptInsteadOfAptGet extends PackageOperationRule {
    private static final Set<String> READ_ONLY =
            Set.of("list", "show", "search", "policy", "showsrc", "depends", "rdepends");

    @Override
    void check(PackageOperation op, RunView run, Node<Run> node, FindingSink out) {
        String sub = op.verb();
        if (op.manager() != PackageManager.APT || sub == null || READ_ONLY.contains(sub)) return;
        out.report(
                run.span(op.command()),
                "'apt " + sub + "' uses apt's interactive front end, which has no stable"
                        + " command-line interface; use 'apt-get " + sub + "'",
                null,
                PackageEdits.aptGet(node.context().file(), run, op.command()));
    }
}
