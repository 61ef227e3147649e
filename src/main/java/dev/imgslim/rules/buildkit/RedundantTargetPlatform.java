package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.shell.ShellWordResult;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Word;

/**
 * BuildKit's RedundantTargetPlatform: {@code FROM --platform=$TARGETPLATFORM} says what BuildKit does
 * anyway (a stage is built for the target platform unless told otherwise).
 *
 * <p>Deliberately not flagged: {@code $BUILDPLATFORM} (that is the useful cross-compilation idiom), values
 * mixing the variable with other text or other variables, and {@code ${TARGETPLATFORM:+...}} forms whose
 * result is not the target platform.
 */
public final class RedundantTargetPlatform extends PlatformRule {
    @Override
    void check(Word platform, Node<From> node, FindingSink out) {
        FromArgs args = FromArgs.of(node.context());
        ShellWordResult r =
                Bk.process(platform.text(), args.defaults, node.context().file().escape());
        // Only $TARGETPLATFORM was substituted and the result is the target platform itself.
        if (r == null
                || r.matched().size() != 1
                || !r.matched().contains("TARGETPLATFORM")
                || !r.unmatched().isEmpty()) return;
        if (!r.word().equals(args.defaults.get("TARGETPLATFORM"))) return;
        out.report(
                Bk.flagSpan(node.value(), "platform"),
                "Setting platform to predefined " + platform.text()
                        + " in FROM is redundant as this is the default behavior");
    }
}
