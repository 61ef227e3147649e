package dev.imgslim.rules.hadolint;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.FromRef;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.Reach;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.Word;

/**
 * {@code COPY --from=build / /} into a stage that already has a base: every file of {@code build}, its
 * base OS included, becomes one more layer on top of this stage's base, so every file the two bases share
 * is stored twice. Not flagged: copies into a sub-folder ({@code COPY --from=x / /opt/x}, often a named build context), the same copy into {@code FROM scratch} (a deliberate flattening, nothing
 * is duplicated), images (their base is not visible here; an image copied whole into {@code /} is a
 * {@code FROM scratch} bundle of tools), stages that do not ship, and copies of a sub-folder.
 */
public final class CopyWholeFilesystem extends NodeRule<Copy> implements Reach.ShippingOnly {
    @Override
    public void visit(Node<Copy> node, FindingSink out) {
        Copy copy = node.value();
        Word from = copy.from().orElse(null);
        if (from == null || StageFacts.onScratch(node.stage()) || !BuildModel.copiesWholeRoot(copy)) return;
        String dest = copy.destination().map(Word::text).orElse("");
        if (!dest.equals("/") && !dest.equals("/.")) return;
        FromRef ref = node.context().model().resolveFrom(from.text(), node.stage());
        // Only a stage's base is visible here; an image copied whole into / is a FROM scratch bundle.
        if (ref.kind() != FromRef.Kind.STAGE || StageFacts.onScratch(ref.stage())) return;
        out.report(
                copy.flag("from").span(),
                "copies the whole filesystem of stage '" + ref.stage().label()
                        + "', its base image included, into one"
                        + " new layer on top of this stage's base; files both bases share are stored twice. Copy only the"
                        + " folders you need (or copy into FROM scratch)");
    }
}
