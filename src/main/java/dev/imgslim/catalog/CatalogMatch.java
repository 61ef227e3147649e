package dev.imgslim.catalog;

import dev.imgslim.build.ImageReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reference recognised by the catalog. The family is always known; the variant is absent when
 * the tag is not one the catalog knows, or when only a digest was given (a digest says nothing
 * about which variant it is).
 *
 * @param reference  what the user wrote
 * @param repository canonical repository after mirror/alias resolution, e.g. {@code python}
 * @param tag        the tag matched ({@code latest} for a bare name), or null for digest-only
 * @param family     the family
 * @param variantOrNull the variant, or null (read it through {@link #variant()})
 * @param values     placeholder values read from the reference ({@code version}, {@code os}, ...)
 */
public record CatalogMatch(
        ImageReference reference,
        String repository,
        String tag,
        FamilyData family,
        VariantData variantOrNull,
        Map<String, String> values) {

    public CatalogMatch {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String familyId() {
        return family.id();
    }

    public Optional<VariantData> variant() {
        return Optional.ofNullable(variantOrNull);
    }

    /** The pinned version as written ({@code 3.12.4}), if the tag has one. */
    public Optional<String> version() {
        return Optional.ofNullable(values.get("version"));
    }

    /** The OS part of the tag ({@code bookworm}, {@code ubuntu22.04}, alpine {@code 3.20}), if any. */
    public Optional<String> osSuffix() {
        String os = values.get("os");
        if (os != null) {
            return Optional.of(os);
        }
        String alpine = values.get("alpine");
        return alpine == null ? Optional.empty() : Optional.of("alpine" + alpine);
    }

    /** Published figures for the variant (measured on the tags the figures name). */
    public List<SizeFigure> sizes() {
        return variantOrNull == null ? List.of() : variantOrNull.sizes();
    }

    /** {@code repository:tag} in canonical form, e.g. {@code python:3.12}. */
    public String canonicalName() {
        return tag == null ? repository : repository + ":" + tag;
    }
}
