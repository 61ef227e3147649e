package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Expose;

/** A check of EXPOSE ports one at a time, after BuildKit's expansion (ports with unknown variables are left out). */
abstract class ExposePortRule extends NodeRule<Expose> {

    /**
     * @param port  the expanded port with the word it was written in
     * @param parts {@code [ip, hostPort, containerPort]} as BuildKit splits it ({@link ExposePorts#split})
     */
    abstract void check(ExposePorts.Port port, String[] parts, FindingSink out);

    @Override
    public final void visit(Node<Expose> node, FindingSink out) {
        for (ExposePorts.Port p : ExposePorts.of(node)) check(p, ExposePorts.split(p.value()), out);
    }
}
