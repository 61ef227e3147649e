package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The root of a catalog file: bundled {@code rules/catalog/*.json} and the {@code catalog:}
 * section of {@code .imgslim.yaml} bind to this same shape (Jackson JSON or YAML).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CatalogData(List<FamilyData> families) {

    public CatalogData {
        families = families == null ? List.of() : List.copyOf(families);
    }
}
