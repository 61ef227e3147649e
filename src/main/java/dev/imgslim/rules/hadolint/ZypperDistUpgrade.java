package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.syntax.Run;

/**
 * {@code zypper dist-upgrade} / {@code zypper dup}: upgrades the base distribution inside the build, so the
 * image no longer matches the base tag it names. Not flagged: {@code zypper update}/{@code patch}.
 */
public final class ZypperDistUpgrade extends PackageOperationRule {
    @Override
    void check(PackageOperation op, RunView run, Node<Run> node, FindingSink out) {
        if (op.manager() != PackageManager.ZYPPER || !(op.is("dist-upgrade") || op.is("dup"))) return;
        out.report(
                run.span(op.command()),
                "'zypper " + op.verb() + "' upgrades the whole distribution during the build;"
                        + " use a newer base image instead");
    }
}
