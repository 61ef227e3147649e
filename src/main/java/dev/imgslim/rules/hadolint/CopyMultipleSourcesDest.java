package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Copy;
import java.util.List;

/**
 * {@code COPY a b /app}: with more than one source the destination must be a directory written with a
 * trailing {@code /}; the build fails otherwise. Not flagged: {@code .} and {@code ..} (and paths ending in
 * {@code /.}), which BuildKit treats as directories, destinations given by unresolved variables, and ADD
 * (same rule in BuildKit, but hadolint's check is COPY's; a future rule may cover both).
 */
public final class CopyMultipleSourcesDest extends NodeRule<Copy> {
    @Override
    public void visit(Node<Copy> node, FindingSink out) {
        Copy ins = node.value();
        List<String> a = ins.args();
        if (a.size() < 3) return;
        String raw = a.get(a.size() - 1);
        String dest = Support.expand(node, raw).orElse(null);
        if (dest == null
                || dest.endsWith("/")
                || dest.equals(".")
                || dest.equals("..")
                || dest.endsWith("/.")
                || dest.endsWith("\\")) return;
        out.report(
                ins.argWords().get(a.size() - 1).span(),
                "COPY of " + (a.size() - 1) + " sources into '" + raw + "': the destination must end with '/' ('" + raw
                        + "/')");
    }
}
