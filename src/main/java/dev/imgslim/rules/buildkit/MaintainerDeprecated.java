package dev.imgslim.rules.buildkit;

import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Maintainer;

/**
 * BuildKit's MaintainerDeprecated (hadolint DL4000): {@code MAINTAINER} is deprecated; a label such as
 * {@code org.opencontainers.image.authors} says the same thing in a form tools read.
 *
 * <p>Deliberately not flagged: {@code ONBUILD MAINTAINER} (BuildKit only parses it in the child build).
 */
public final class MaintainerDeprecated extends NodeRule<Maintainer> {
    @Override
    public void visit(Node<Maintainer> node, FindingSink out) {
        out.report(
                node.value().keywordSpan(),
                "Maintainer instruction is deprecated in favor of using label",
                null,
                InstructionEdits.maintainerToLabel(node.context().file(), node.value()));
    }
}
