package dev.imgslim.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A slimmer base image for a matched one.
 *
 * @param from          the match it improves on
 * @param image         suggested reference in canonical form, e.g. {@code python:3.12.4-slim-bookworm}
 * @param asWritten     the same reference spelled with the user's registry/mirror prefix when the
 *                      repository does not change, else equal to {@code image}
 * @param familyId      target family, or null when the target is not in the catalog
 * @param variantId     target variant id, or null
 * @param kind          target variant kind (slim, runtime, distroless ...), or null
 * @param lacks         what the target lacks that the current image has
 * @param savings       savings per size kind; empty when the catalog has no comparable figures
 * @param fromSizes     figures used for the current image
 * @param toSizes       figures used for the target
 * @param dropped       tag parts that could not be kept (e.g. {@code os} when moving to alpine)
 * @param when          condition for the move to work, e.g. {@code CGO_ENABLED=0}, or null
 */
public record Suggestion(
        CatalogMatch from,
        String image,
        String asWritten,
        String familyId,
        String variantId,
        String kind,
        List<String> lacks,
        List<Saving> savings,
        List<SizeFigure> fromSizes,
        List<SizeFigure> toSizes,
        List<String> dropped,
        String when) {

    public Suggestion {
        lacks = List.copyOf(lacks);
        savings = List.copyOf(savings);
        fromSizes = List.copyOf(fromSizes);
        toSizes = List.copyOf(toSizes);
        dropped = List.copyOf(dropped);
    }

    public Optional<Saving> saving(SizeKind sizeKind) {
        for (Saving s : savings) if (s.kind() == sizeKind) return Optional.of(s);
        return Optional.empty();
    }

    /** True when the pinned digest of the current reference cannot carry over to the new tag. */
    public boolean digestDropped() {
        return from.reference() != null && from.reference().digest() != null;
    }
}
