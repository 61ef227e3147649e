package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Word;
import java.util.Optional;

/** A check of {@code FROM --platform=<value>}: the engine hands it every FROM; those with a value reach {@link #check}. */
abstract class PlatformRule extends NodeRule<From> {

    abstract void check(Word platform, Node<From> node, FindingSink out);

    @Override
    public final void visit(Node<From> node, FindingSink out) {
        Optional<Word> platform = node.value().platform();
        if (platform.isPresent()) check(platform.get(), node, out);
    }
}
