package dev.imgslim.rules.hadolint;

import dev.imgslim.build.FromRef;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.Flag;

/**
 * {@code COPY --from=build} where no stage named {@code build} comes before: BuildKit then pulls an image
 * called {@code build} (or uses a {@code --build-context} of that name). Deliberately not flagged (where
 * hadolint's users report false positives): image references ({@code --from=nginx:1.27},
 * {@code --from=ghcr.io/x/y}), values with unresolved variables, and the stage's own name (that is
 * {@link CopyFromSelf}). A stage defined further down is fine: BuildKit builds a graph, unlike hadolint's DL3022.
 */
public final class CopyFromUndefined extends CopyFromRule {
    @Override
    void check(Flag from, String value, Node<Copy> node, FindingSink out) {
        if (value.isEmpty() || node.stage().answersTo(value)) return; // copy-from-self reports the latter
        FromRef ref = node.context().model().resolveFrom(from.value(), node.stage());
        if (ref.kind() != FromRef.Kind.NAMED_CONTEXT) return;
        out.report(
                from.span(),
                "no stage '" + value + "' is defined in this Dockerfile"
                        + "; BuildKit will look for a build context or pull an image named '" + value + "'");
    }
}
