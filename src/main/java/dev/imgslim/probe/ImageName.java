package dev.imgslim.probe;

import dev.imgslim.build.ImageReference;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An image reference normalised the way Docker does it, plus where its registry answers.
 * {@code python:3.12} is {@code docker.io/library/python:3.12}, served by
 * {@code https://registry-1.docker.io}; loopback registries are spoken to over plain http,
 * as dockerd itself allows for 127.0.0.0/8.
 * (The build model's {@link ImageReference#parse} is not there yet; this is the probe's own,
 * small parser and converts to that record so the two can merge later.)
 *
 * @param original as the user wrote it
 * @param domain   registry host[:port], e.g. {@code docker.io}, {@code 127.0.0.1:5000}
 * @param path     repository path, e.g. {@code library/python}
 * @param tag      the tag, {@code latest} when neither tag nor digest was given; null for digest-only
 * @param digest   {@code sha256:...} or null
 */
public record ImageName(String original, String domain, String path, String tag, String digest) {

    public static final String DOCKER_HUB = "docker.io";
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}");

    /** Parses and normalises; throws {@link ProbeFault} (BAD_REFERENCE) with a one-line message. */
    public static ImageName parse(String reference) throws ProbeFault {
        String text = reference == null ? "" : reference.trim();
        if (text.isEmpty()) throw bad(reference, "empty image reference");
        String digest = null;
        int at = text.indexOf('@');
        if (at >= 0) {
            digest = text.substring(at + 1);
            text = text.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) throw bad(reference, "invalid digest '" + digest + "'");
        }
        String tag = null;
        int slash = text.lastIndexOf('/');
        int colon = text.lastIndexOf(':');
        if (colon > slash) {
            tag = text.substring(colon + 1);
            text = text.substring(0, colon);
            if (!TAG.matcher(tag).matches()) throw bad(reference, "invalid tag '" + tag + "'");
        }
        String domain;
        String path;
        int first = text.indexOf('/');
        String head = first < 0 ? null : text.substring(0, first);
        // Docker's rule: the first component is a registry when it looks like a host.
        if (head != null
                && (head.contains(".")
                        || head.contains(":")
                        || head.equals("localhost")
                        || !head.equals(head.toLowerCase(Locale.ROOT)))) {
            domain = head;
            path = text.substring(first + 1);
        } else {
            domain = DOCKER_HUB;
            path = text;
        }
        if (domain.equals("index.docker.io")) domain = DOCKER_HUB;
        if (domain.equals(DOCKER_HUB) && !path.contains("/")) path = "library/" + path;
        for (String component : path.split("/", -1)) {
            if (!PATH_COMPONENT.matcher(component).matches()) {
                throw bad(reference, "invalid repository name '" + path + "'");
            }
        }
        if (tag == null && digest == null) tag = "latest";
        return new ImageName(reference.trim(), domain, path, tag, digest);
    }

    private static ProbeFault bad(String reference, String why) {
        return new ProbeFault(ProbeFault.Kind.BAD_REFERENCE, "invalid image reference '" + reference + "': " + why);
    }

    /** What to ask the registry for: the digest when pinned, else the tag. */
    public String manifestReference() {
        return digest != null ? digest : tag;
    }

    /** {@code domain/path}, the repository as dockerd names it. */
    public String repository() {
        return domain + "/" + path;
    }

    /** Full normalised name, e.g. {@code docker.io/library/python:3.12}. */
    public String canonical() {
        return repository() + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }

    /** Base URI of the registry API, e.g. {@code http://127.0.0.1:5000} or {@code https://registry-1.docker.io}. */
    public String registryBaseUri() {
        String host = domain.equals(DOCKER_HUB) ? "registry-1.docker.io" : domain;
        return (isLoopback() ? "http://" : "https://") + host;
    }

    /** Loopback registries are plain http (dockerd treats 127.0.0.0/8 as insecure-allowed too). */
    public boolean isLoopback() {
        String host = domain;
        if (host.startsWith("[")) {
            host = host.substring(1, host.indexOf(']') > 0 ? host.indexOf(']') : host.length());
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    /** The build model's record, for callers that carry references around in that form. */
    public ImageReference toImageReference() {
        return new ImageReference(original, domain, path, tag, digest);
    }

    @Override
    public String toString() {
        return original;
    }
}
