package dev.imgslim.rules.hadolint;

import dev.imgslim.build.ImageReference;

/**
 * {@code FROM node:latest}: a moving tag, so two builds of the same file differ. Judged after ARG defaults
 * and {@code --build-arg} values. Not flagged: {@code :latest@sha256:...} (the digest pins it), stage
 * names, and bases whose variables cannot be resolved.
 */
public final class LatestTag extends BaseTagRule {
    @Override
    String problem(ImageReference ref) {
        return "latest".equals(ref.tag()) && ref.digest() == null ? "uses the 'latest' tag" : null;
    }

    @Override
    String advice() {
        return "which moves; name a version tag or a digest";
    }
}
