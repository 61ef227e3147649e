package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One published size of one image tag. This is also the JSON/YAML shape of a catalog figure, so a
 * user's {@code .imgslim.yaml} binds to the same record. No figure exists without a source and an
 * as-of date: the advisor prints both next to every number.
 *
 * @param tag       the tag the figure was measured on (e.g. {@code 3.12-slim}), or a full
 *                  {@code repository:tag} when the variant spans repositories; the figure
 *                  describes that image only, other tags of the variant are "similar", not equal
 * @param bytes     size in bytes (decimal, as published)
 * @param kind      compressed transfer size, on-disk size, or unspecified
 * @param arch      platform the figure is for, {@code amd64} unless the source said otherwise
 * @param asOf      when the source measured or published it, as precise as the source is
 * @param source    where the figure comes from, copied from the facts file
 * @param sourceRef optional precise reference (commit, URL) for the source
 * @param uncertain true when the facts mark it (U) unsure, (D) derived or (S) seed-only
 * @param note      optional caveat
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SizeFigure(
        String tag,
        long bytes,
        SizeKind kind,
        String arch,
        String asOf,
        String source,
        String sourceRef,
        boolean uncertain,
        String note) {

    public SizeFigure {
        if (kind == null) {
            kind = SizeKind.UNSPECIFIED;
        }
    }

    /** Decimal units as Docker Hub shows them: {@code 411 MB}, {@code 1.11 GB}. */
    public String human() {
        return ByteUnits.human(bytes);
    }

    /** Year and month of {@link #asOf()} when it is a date, else the text as stored. */
    public String asOfMonth() {
        return Saving.month(asOf);
    }
}
