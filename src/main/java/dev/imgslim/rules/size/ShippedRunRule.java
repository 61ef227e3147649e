package dev.imgslim.rules.size;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.Reach;
import dev.imgslim.rules.RunView;
import dev.imgslim.syntax.Run;

/**
 * A size rule about what one RUN leaves in its layer: the engine hands it the RUNs of stages that ship
 * (a builder stage's layers never reach the image; ONBUILD triggers run in other builds), and those whose
 * script runs in a POSIX-like shell reach {@link #check}, with the working directory before the RUN.
 */
abstract class ShippedRunRule extends NodeRule<Run> implements Reach.ShippingOnly {

    @Override
    public final void visit(Node<Run> node, FindingSink out) {
        RunView run = node.run();
        if (run.isShell()) check(node, run, out);
    }

    abstract void check(Node<Run> node, RunView run, FindingSink out);

    /** The working directory before the RUN (WORKDIRs of its stage and the stages it is built FROM), or null when unknown. */
    static String cwd(Node<Run> node) {
        return Lineage.of(node.context()).cwdBefore(node.stage(), node.instruction());
    }
}
