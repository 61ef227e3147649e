package dev.imgslim.catalog;

import dev.imgslim.build.ImageReference;

/**
 * Small helpers over reference text the catalog writes itself (canonical names without digests),
 * so the catalog does not depend on the full reference parser for its own output.
 */
final class Refs {
    private Refs() {
    }

    /** {@code python:3.12-slim} / {@code gcr.io/distroless/static:nonroot} as a normalised reference. */
    static ImageReference canonical(String text) {
        int colon = text.lastIndexOf(':');
        String name = colon > text.lastIndexOf('/') ? text.substring(0, colon) : text;
        String tag = colon > text.lastIndexOf('/') ? text.substring(colon + 1) : null;
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        boolean hasDomain = slash >= 0 && (first.contains(".") || first.contains(":") || first.equals("localhost"));
        String domain = hasDomain ? first : "docker.io";
        String path = hasDomain ? name.substring(slash + 1) : slash < 0 ? "library/" + name : name;
        return new ImageReference(text, domain, path, tag, null);
    }

    /**
     * The repository as the user spelled it (with their mirror or registry prefix), or the
     * canonical name when the original text is unavailable.
     */
    static String writtenRepository(ImageReference ref, String canonical) {
        String original = ref == null ? null : ref.original();
        if (original == null || original.isBlank() || original.contains("$")) {
            return canonical;
        }
        String name = original.trim();
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            name = name.substring(0, colon);
        }
        return name;
    }
}
