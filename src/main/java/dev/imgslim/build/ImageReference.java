package dev.imgslim.build;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference as Docker normalises it: {@code python} is
 * {@code docker.io/library/python:latest}. Parsing lives in {@link #parse(String)}.
 *
 * <p>The rules are those of distribution/reference's {@code ParseNormalizedNamed}, which Docker and
 * BuildKit use for {@code FROM}, {@code COPY --from} and {@code RUN --mount from=}:
 * <ul>
 *   <li>The first path component is a registry (domain) when it contains {@code .} or {@code :}, is
 *       {@code localhost}, or has an upper-case letter; otherwise the image is on Docker Hub
 *       ({@code docker.io}). {@code index.docker.io} is the legacy name of {@code docker.io}.</li>
 *   <li>A one-component name on Docker Hub is an official image under {@code library/}.</li>
 *   <li>The repository path must be lower case; a tag is at most 128 characters of
 *       {@code [A-Za-z0-9_.-]} not starting with {@code .} or {@code -}; a digest must be a known
 *       algorithm with the right number of lower-case hex digits.</li>
 * </ul>
 *
 * @param original the text as written (after variable expansion)
 * @param domain   registry host with optional port, e.g. {@code docker.io}, {@code 127.0.0.1:5000}
 * @param path     repository path, e.g. {@code library/python}, {@code pytorch/pytorch}
 * @param tag      tag or null when absent (a digest-only or bare reference)
 * @param digest   digest ({@code sha256:...}) or null
 */
public record ImageReference(String original, String domain, String path, String tag, String digest) {

    /** Docker Hub's canonical domain. */
    public static final String DOCKER_HUB = "docker.io";

    private static final String LEGACY_DOCKER_HUB = "index.docker.io";
    private static final String OFFICIAL_PREFIX = "library/";
    private static final String LOCALHOST = "localhost";
    private static final String DEFAULT_TAG = "latest";
    private static final String SCRATCH = "scratch";

    /** Hex length of each digest algorithm go-digest knows (the ones Docker registers). */
    private static final Map<String, Integer> DIGEST_HEX_LENGTHS = Map.of("sha256", 64, "sha384", 96, "sha512", 128);

    private static final Map<String, Pattern> DIGEST_ENCODINGS = Map.of(
            "sha256", Pattern.compile("^[a-f0-9]{64}$"),
            "sha384", Pattern.compile("^[a-f0-9]{96}$"),
            "sha512", Pattern.compile("^[a-f0-9]{128}$"));

    public ImageReference {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(path, "path");
    }

    /*
     * equals and hashCode written out, with the values a record's own would give: a record's are made at
     * run time by an invokedynamic bootstrap (ObjectMethods), about twenty method-handle classes generated
     * on first use, and every lint whose FROM names an image hashes one (CatalogMatches): a tenth of a
     * one-file lint's main thread.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) return true; // the usual case: equal texts parse to one shared reference (ParsedReferences)
        return o instanceof ImageReference r
                && original.equals(r.original)
                && domain.equals(r.domain)
                && path.equals(r.path)
                && Objects.equals(tag, r.tag)
                && Objects.equals(digest, r.digest);
    }

    @Override
    public int hashCode() {
        int h = original.hashCode();
        h = 31 * h + domain.hashCode();
        h = 31 * h + path.hashCode();
        h = 31 * h + Objects.hashCode(tag);
        return 31 * h + Objects.hashCode(digest);
    }

    /**
     * Parses and normalises; throws {@link IllegalArgumentException} with a user-facing message when invalid.
     *
     * @throws InvalidImageReferenceException (an {@link IllegalArgumentException}) whose
     *                                        {@link InvalidImageReferenceException#reason() reason} is Docker's wording
     */
    public static ImageReference parse(String reference) {
        Objects.requireNonNull(reference, "reference");
        return ParsedReferences.parse(reference);
    }

    /** {@link #parse} without the process's cache of parsed texts. */
    static ImageReference parseUncached(String reference) {
        // Only a 64-character text can be a bare image ID: the pattern is not run on the others.
        if (reference.length() == 64
                && ReferenceGrammar.Rare.IDENTIFIER.matcher(reference).matches()) {
            throw invalid(
                    reference,
                    "invalid repository name (" + reference + "), cannot specify 64-byte hexadecimal strings");
        }
        String[] split = splitDomain(reference);
        String domain = split[0];
        String remainder = split[1];

        // Checked before the grammar so the message names the offending repository, as Docker's does.
        int tagSep = remainder.indexOf(':');
        String remote = tagSep >= 0 ? remainder.substring(0, tagSep) : remainder;
        if (!remote.toLowerCase(Locale.ROOT).equals(remote)) {
            throw invalid(reference, "invalid reference format: repository name (" + remote + ") must be lowercase");
        }

        String canonical = domain + "/" + remainder;
        if (canonical.length() > ReferenceGrammar.REFERENCE_LENGTH_MAX) {
            throw invalid(reference, overlongReason(canonical));
        }
        Matcher m = ReferenceGrammar.REFERENCE.matcher(canonical);
        if (!m.matches()) {
            if (ReferenceGrammar.REFERENCE
                    .matcher(canonical.toLowerCase(Locale.ROOT))
                    .matches()) {
                throw invalid(reference, "repository name must be lowercase");
            }
            throw invalid(reference, "invalid reference format");
        }
        String name = m.group(1);
        if (name.length() > ReferenceGrammar.NAME_TOTAL_LENGTH_MAX) {
            throw invalid(
                    reference,
                    "repository name must not be more than " + ReferenceGrammar.NAME_TOTAL_LENGTH_MAX + " characters");
        }
        Matcher nameParts = ReferenceGrammar.ANCHORED_NAME.matcher(name);
        if (!nameParts.matches()) {
            throw invalid(reference, "invalid reference format"); // unreachable: REFERENCE already matched
        }
        String digest = m.group(3);
        if (digest != null) {
            String problem = digestProblem(digest);
            if (problem != null) {
                throw invalid(reference, problem);
            }
        }
        if (nameParts.group(1) == null) {
            // The first component reads as a registry (it has a '.' or ':') but is no hostname by the grammar
            // (my_registry.local: '_'), so the grammar takes the whole name as a path and Docker's Parse leaves the
            // domain empty; the pull still goes to that first component (containerd splits the name at its first
            // '/'), so it stays the registry here.
            return new ImageReference(reference, domain, name.substring(domain.length() + 1), m.group(2), digest);
        }
        return new ImageReference(reference, nameParts.group(1), nameParts.group(2), m.group(2), digest);
    }

    /**
     * Splits off the registry. Docker looks only at the text before the first {@code /}: it is a
     * domain when it could not be a Docker Hub namespace (which is lower case and has no {@code .}
     * or {@code :}), or is {@code localhost}.
     */
    private static String[] splitDomain(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            // "ubuntu" or "ubuntu:22.04": never a host, even "localhost" or "example.com" alone.
            return new String[] {DOCKER_HUB, OFFICIAL_PREFIX + name};
        }
        String first = name.substring(0, slash);
        String rest = name.substring(slash + 1);
        String domain;
        String remainder;
        if (first.equals(LOCALHOST)) {
            domain = first;
            remainder = rest;
        } else if (first.equals(LEGACY_DOCKER_HUB)) {
            domain = DOCKER_HUB;
            remainder = rest;
        } else if (first.indexOf('.') >= 0
                || first.indexOf(':') >= 0
                || !first.toLowerCase(Locale.ROOT).equals(first)) {
            domain = first;
            remainder = rest;
        } else {
            domain = DOCKER_HUB;
            remainder = name;
        }
        if (domain.equals(DOCKER_HUB) && remainder.indexOf('/') < 0) {
            remainder = OFFICIAL_PREFIX + remainder; // "docker.io/ubuntu" is "docker.io/library/ubuntu"
        }
        return new String[] {domain, remainder};
    }

    /**
     * The reason for a reference longer than any valid one. Java's regex engine recurses once per
     * repetition, so the full grammar is not run on such input (thousands of characters would
     * overflow the stack). Docker rejects all of them; we give its reason where it is cheap to tell:
     * a name over the length limit, or a well-formed name and tag with a bad (over-long) digest.
     */
    private static String overlongReason(String canonical) {
        int at = canonical.indexOf('@');
        String nameAndTag = at >= 0 ? canonical.substring(0, at) : canonical;
        int colon = nameAndTag.lastIndexOf(':');
        String name = colon > nameAndTag.lastIndexOf('/') ? nameAndTag.substring(0, colon) : nameAndTag;
        if (name.length() > ReferenceGrammar.NAME_TOTAL_LENGTH_MAX) {
            return "repository name must not be more than " + ReferenceGrammar.NAME_TOTAL_LENGTH_MAX + " characters";
        }
        if (at >= 0
                && nameAndTag.length() <= ReferenceGrammar.REFERENCE_LENGTH_MAX
                && ReferenceGrammar.REFERENCE.matcher(nameAndTag).matches()) {
            String digest = canonical.substring(at + 1);
            int algorithmEnd = digest.indexOf(':');
            if (algorithmEnd > 0
                    && algorithmEnd <= 64
                    && ReferenceGrammar.Rare.ANCHORED_DIGEST.matcher(digest).matches()) {
                String problem = digestProblem(digest);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return "invalid reference format";
    }

    /** go-digest's validation; null when the digest is acceptable. */
    private static String digestProblem(String digest) {
        int colon = digest.indexOf(':');
        if (colon <= 0 || colon + 1 == digest.length()) {
            return "invalid checksum digest format";
        }
        String algorithm = digest.substring(0, colon);
        String encoded = digest.substring(colon + 1);
        Integer length = DIGEST_HEX_LENGTHS.get(algorithm);
        if (length == null) {
            return ReferenceGrammar.Rare.GENERAL_DIGEST.matcher(digest).matches()
                    ? "unsupported digest algorithm"
                    : "invalid checksum digest format";
        }
        if (encoded.length() != length) {
            return "invalid checksum digest length";
        }
        return DIGEST_ENCODINGS.get(algorithm).matcher(encoded).matches() ? null : "invalid checksum digest format";
    }

    private static InvalidImageReferenceException invalid(String reference, String reason) {
        return new InvalidImageReferenceException(reference, reason);
    }

    /**
     * Whether this is {@code FROM scratch}, the reserved name for an empty base. BuildKit treats only
     * the exact text {@code scratch} this way; {@code docker.io/library/scratch} or
     * {@code scratch:latest} would be pulled (and fail), so they are not scratch here either.
     */
    public boolean isScratch() {
        return SCRATCH.equals(original);
    }

    /** The tag, {@code latest} when neither tag nor digest is given, or null for a digest-only reference. */
    public String tagOrLatest() {
        if (tag != null) {
            return tag;
        }
        return digest == null ? DEFAULT_TAG : null;
    }

    /** The name as Docker shows it: {@code python}, {@code user/app}, {@code ghcr.io/o/r}. */
    public String familiarName() {
        if (!domain.equals(DOCKER_HUB)) {
            return domain + "/" + path;
        }
        if (path.startsWith(OFFICIAL_PREFIX)) {
            String rest = path.substring(OFFICIAL_PREFIX.length());
            if (rest.indexOf('/') < 0) {
                return rest;
            }
        }
        return path;
    }

    /** Registry and path: {@code docker.io/library/python}. */
    public String fullName() {
        return domain + "/" + path;
    }

    /**
     * The fully qualified reference: {@code docker.io/library/python:latest}. {@code latest} is added
     * only when there is neither tag nor digest; a digest is kept, with the tag if both were given.
     */
    public String normalized() {
        StringBuilder s = new StringBuilder(fullName());
        String t = tagOrLatest();
        if (t != null) {
            s.append(':').append(t);
        }
        if (digest != null) {
            s.append('@').append(digest);
        }
        return s.toString();
    }

    /** The last path component: {@code python} for {@code docker.io/library/python}, {@code r} for {@code ghcr.io/o/r}. */
    public String repositoryName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The same repository with another tag; a digest is kept, as Docker's {@code WithTag} keeps it.
     * {@code original} becomes the familiar form of the new reference.
     *
     * @throws InvalidImageReferenceException when {@code newTag} is not a valid tag
     */
    public ImageReference withTag(String newTag) {
        Objects.requireNonNull(newTag, "newTag");
        if (!ReferenceGrammar.Rare.ANCHORED_TAG.matcher(newTag).matches()) {
            throw invalid(newTag, "invalid tag format");
        }
        StringBuilder familiar = new StringBuilder(familiarName()).append(':').append(newTag);
        if (digest != null) {
            familiar.append('@').append(digest);
        }
        return new ImageReference(familiar.toString(), domain, path, newTag, digest);
    }
}
