package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.syntax.Run;

/**
 * A rule about package-manager commands: every package operation of every shell RUN (read once per RUN
 * as {@link PackageOperation}s: manager, verb, options, packages) reaches {@link #check}.
 */
abstract class PackageOperationRule extends ShellRunRule {

    abstract void check(PackageOperation op, RunView run, Node<Run> node, FindingSink out);

    /** True when nothing in this RUN is to be judged, whatever its operations (a file-wide setting). */
    boolean skips(Node<Run> node) {
        return false;
    }

    @Override
    final void check(RunView run, Node<Run> node, FindingSink out) {
        if (skips(node)) return;
        for (PackageOperation op : run.packageOperations()) check(op, run, node, out);
    }
}
