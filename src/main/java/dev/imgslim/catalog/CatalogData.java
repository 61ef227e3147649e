package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The root of a catalog file: bundled {@code rules/catalog/*.json} and the {@code catalog:}
 * section of {@code .imgslim.yaml} bind to this same shape (Jackson JSON or YAML).
 *
 * @param families families to add or override
 * @param mirrors  Docker Hub mirror prefixes ({@code registry.corp:5000/dockerhub}); used by
 *                 {@link Catalog#merge}, empty in the bundled data
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CatalogData(List<FamilyData> families, List<String> mirrors) {

    public CatalogData {
        families = families == null ? List.of() : List.copyOf(families);
        mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
    }

    public CatalogData(List<FamilyData> families) {
        this(families, List.of());
    }
}
