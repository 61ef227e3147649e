package dev.imgslim.build;

/**
 * An image reference as Docker normalises it: {@code python} is
 * {@code docker.io/library/python:latest}. Parsing lives in {@link #parse(String)}.
 *
 * @param original the text as written (after variable expansion)
 * @param domain   registry host with optional port, e.g. {@code docker.io}, {@code 127.0.0.1:5000}
 * @param path     repository path, e.g. {@code library/python}, {@code pytorch/pytorch}
 * @param tag      tag or null when absent (a digest-only or bare reference)
 * @param digest   digest ({@code sha256:...}) or null
 */
public record ImageReference(String original, String domain, String path, String tag, String digest) {

    /** Parses and normalises; throws {@link IllegalArgumentException} with a user-facing message when invalid. */
    public static ImageReference parse(String reference) {
        throw new UnsupportedOperationException("implemented by the build-model work");
    }
}
