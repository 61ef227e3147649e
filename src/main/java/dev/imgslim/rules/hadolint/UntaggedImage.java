package dev.imgslim.rules.hadolint;

import dev.imgslim.build.ImageReference;

/**
 * {@code FROM python}: no tag and no digest means {@code :latest}, whatever that is on build day. The
 * base is judged after ARG defaults and {@code --build-arg} values are applied ({@code FROM ${BASE}} with
 * {@code ARG BASE=python:3.12} is tagged). Not flagged: {@code FROM scratch}, {@code FROM <stage>}, digests,
 * and bases whose variables cannot be resolved (no default, no build arg).
 */
public final class UntaggedImage extends BaseTagRule {
    @Override
    String problem(ImageReference ref) {
        return ref.tag() == null && ref.digest() == null ? "has no tag" : null;
    }

    @Override
    String advice() {
        return "so the build takes whatever ':latest' is that day; name a version tag or a digest";
    }
}
