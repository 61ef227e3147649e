package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A published difference between two variants when no absolute size is known for both, e.g.
 * nvidia/cuda devel → runtime "typically 2–4 GB". Stored as a range instead of inventing
 * absolute figures.
 *
 * @param to       the target variant id in the same family
 * @param minBytes lower bound of the saving
 * @param maxBytes upper bound (equal to minBytes for a single figure)
 * @param text     the claim as the source words it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SizeDelta(
        String to,
        long minBytes,
        long maxBytes,
        SizeKind kind,
        String text,
        String asOf,
        String source,
        String sourceRef,
        boolean uncertain,
        String note) {

    public SizeDelta {
        if (kind == null) {
            kind = SizeKind.UNSPECIFIED;
        }
        if (maxBytes < minBytes) {
            maxBytes = minBytes;
        }
    }
}
