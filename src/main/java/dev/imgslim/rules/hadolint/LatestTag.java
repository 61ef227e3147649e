package dev.imgslim.rules.hadolint;

import dev.imgslim.build.ImageReference;
import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.StageRule;

/**
 * {@code FROM node:latest}: a moving tag, so two builds of the same file differ. Judged after ARG defaults
 * and {@code --build-arg} values. Not flagged: {@code :latest@sha256:...} (the digest pins it), stage
 * names, and bases whose variables cannot be resolved.
 */
public final class LatestTag implements StageRule {
    public static final RuleMeta META = new RuleMeta(
                    "IS605",
                    "latest-tag",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "Using the latest tag makes builds unrepeatable; pin a version")
            .withAliases("DL3007");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        ImageReference ref = s.baseImage();
        if (ref == null || s.parent() != null || s.isScratch()) return;
        if (!"latest".equals(ref.tag()) || ref.digest() != null) return;
        String shown = s.baseExpansion().value();
        String via = s.baseText().contains("$") ? " ('" + s.baseText() + "' resolves to '" + shown + "')" : "";
        out.report(
                META,
                Support.imageSpan(s),
                "image '" + shown + "' uses the 'latest' tag" + via + ", which moves; name a version tag or a digest");
    }
}
