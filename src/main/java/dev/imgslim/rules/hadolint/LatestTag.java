package dev.imgslim.rules.hadolint;

import dev.imgslim.build.ImageReference;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;

/**
 * {@code FROM node:latest}: a moving tag, so two builds of the same file differ. Judged after ARG defaults
 * and {@code --build-arg} values. Not flagged: {@code :latest@sha256:...} (the digest pins it), stage
 * names, and bases whose variables cannot be resolved.
 */
public final class LatestTag extends BaseTagRule {
    public static final RuleMeta META = new RuleMeta(
                    "IS605",
                    "latest-tag",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "Using the latest tag makes builds unrepeatable; pin a version")
            .withAliases("DL3007");

    public LatestTag() {
        super(META);
    }

    @Override
    String problem(ImageReference ref) {
        return "latest".equals(ref.tag()) && ref.digest() == null ? "uses the 'latest' tag" : null;
    }

    @Override
    String advice() {
        return "which moves; name a version tag or a digest";
    }
}
