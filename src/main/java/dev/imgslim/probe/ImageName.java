package dev.imgslim.probe;

import dev.imgslim.build.ImageReference;
import dev.imgslim.build.InvalidImageReferenceException;

/**
 * An image reference as the probe speaks to registries: the build model's {@link ImageReference} (the one
 * parser and normaliser of references, Docker's grammar) plus where its registry answers.
 * {@code python:3.12} is {@code docker.io/library/python:3.12}, served by {@code https://registry-1.docker.io};
 * loopback registries are spoken to over plain http, as dockerd itself allows for 127.0.0.0/8.
 *
 * @param reference the parsed reference
 */
public record ImageName(ImageReference reference) {

    public static final String DOCKER_HUB = ImageReference.DOCKER_HUB;

    /** Parses and normalises; throws {@link ProbeFault} (BAD_REFERENCE) with a one-line message in Docker's words. */
    public static ImageName parse(String reference) throws ProbeFault {
        String text = reference == null ? "" : reference.trim();
        if (text.isEmpty()) throw bad(reference, "empty image reference");
        try {
            return new ImageName(ImageReference.parse(text));
        } catch (InvalidImageReferenceException e) {
            throw bad(reference, e.reason());
        } catch (IllegalArgumentException e) {
            throw bad(reference, e.getMessage());
        }
    }

    private static ProbeFault bad(String reference, String why) {
        return new ProbeFault(ProbeFault.Kind.BAD_REFERENCE, "invalid image reference '" + reference + "': " + why);
    }

    /** As the user wrote it (trimmed). */
    public String original() {
        return reference.original();
    }

    /** Registry host[:port], e.g. {@code docker.io}, {@code 127.0.0.1:5000}. */
    public String domain() {
        return reference.domain();
    }

    /** Repository path, e.g. {@code library/python}. */
    public String path() {
        return reference.path();
    }

    /** The tag, {@code latest} when neither tag nor digest was given; null for a digest-only reference. */
    public String tag() {
        return reference.tag() == null && reference.digest() == null ? "latest" : reference.tag();
    }

    /** {@code sha256:...} or null. */
    public String digest() {
        return reference.digest();
    }

    /** What to ask the registry for: the digest when pinned, else the tag. */
    public String manifestReference() {
        return digest() != null ? digest() : tag();
    }

    /** {@code domain/path}, the repository as dockerd names it. */
    public String repository() {
        return domain() + "/" + path();
    }

    /** Full normalised name, e.g. {@code docker.io/library/python:3.12}. */
    public String canonical() {
        return repository() + (tag() != null ? ":" + tag() : "") + (digest() != null ? "@" + digest() : "");
    }

    /** Base URI of the registry API, e.g. {@code http://127.0.0.1:5000} or {@code https://registry-1.docker.io}. */
    public String registryBaseUri() {
        String host = domain().equals(DOCKER_HUB) ? "registry-1.docker.io" : domain();
        return (isLoopback() ? "http://" : "https://") + host;
    }

    /** Loopback registries are plain http (dockerd treats 127.0.0.0/8 as insecure-allowed too). */
    public boolean isLoopback() {
        String host = domain();
        if (host.startsWith("[")) {
            host = host.substring(1, host.indexOf(']') > 0 ? host.indexOf(']') : host.length());
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    /** The build model's record. */
    public ImageReference toImageReference() {
        return reference;
    }

    @Override
    public String toString() {
        return original();
    }
}
