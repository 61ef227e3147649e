package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.RunView;
import dev.imgslim.syntax.Run;

/**
 * A rule about the shell commands of RUN instructions: the engine hands it every RUN; those whose script
 * runs in a POSIX-like shell (not heredocs fed to python and the like) reach {@link #check}.
 */
abstract class ShellRunRule extends NodeRule<Run> {

    @Override
    public final void visit(Node<Run> node, FindingSink out) {
        RunView run = node.run();
        if (run.isShell()) check(run, node, out);
    }

    abstract void check(RunView run, Node<Run> node, FindingSink out);
}
