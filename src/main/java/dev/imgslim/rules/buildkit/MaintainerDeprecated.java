package dev.imgslim.rules.buildkit;

import dev.imgslim.config.Severity;
import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Maintainer;

/**
 * BuildKit's MaintainerDeprecated (hadolint DL4000): {@code MAINTAINER} is deprecated; a label such as
 * {@code org.opencontainers.image.authors} says the same thing in a form tools read.
 *
 * <p>Deliberately not flagged: {@code ONBUILD MAINTAINER} (BuildKit only parses it in the child build).
 */
public final class MaintainerDeprecated extends NodeRule<Maintainer> {
    public static final RuleMeta META = new RuleMeta(
                    "IS508",
                    "maintainer-deprecated",
                    Severity.WARNING,
                    Category.STYLE,
                    "The MAINTAINER instruction is deprecated, use a label instead to define an image author")
            .withAliases("MaintainerDeprecated", "DL4000")
            .withFix(Fix.Safety.SAFE);

    public MaintainerDeprecated() {
        super(META, Maintainer.class);
    }

    @Override
    public void visit(Node<Maintainer> node, FindingSink out) {
        out.report(
                META,
                node.value().keywordSpan(),
                "Maintainer instruction is deprecated in favor of using label",
                null,
                InstructionEdits.maintainerToLabel(node.context().file(), node.value()));
    }
}
