package dev.imgslim.catalog;

import dev.imgslim.build.ImageReference;
import java.util.Optional;

/**
 * Small helpers over reference text: parsing what the catalog writes itself, and recovering how
 * the user spelled a repository so a suggestion can keep their registry or mirror prefix.
 */
final class Refs {
    private Refs() {}

    /** Parses a reference the catalog wrote itself; empty if the data produced an invalid one. */
    static Optional<ImageReference> parse(String text) {
        try {
            return Optional.of(ImageReference.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
