package dev.imgslim.catalog;

import dev.imgslim.build.ImageReference;

/**
 * References for tests. Uses the real {@link ImageReference#parse} once the build-model work has
 * landed; until then a minimal Docker-style normaliser stands in (first component is a registry
 * when it has a dot or a port or is localhost; one-component Hub names get {@code library/}).
 */
final class TestRefs {
    private TestRefs() {}

    static boolean realParser() {
        try {
            ImageReference.parse("python:3.12");
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static ImageReference ref(String text) {
        try {
            return ImageReference.parse(text);
        } catch (UnsupportedOperationException notYet) {
            return fallback(text);
        }
    }

    static ImageReference fallback(String text) {
        String rest = text;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String domain = "docker.io";
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                domain = first;
                path = rest.substring(slash + 1);
            }
        }
        if (domain.equals("docker.io") && !path.contains("/")) {
            path = "library/" + path;
        }
        return new ImageReference(text, domain, path, tag, digest);
    }
}
