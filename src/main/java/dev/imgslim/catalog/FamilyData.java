package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One image family: the variants one would move between without changing the application
 * (python full / slim / alpine; nvidia/cuda devel / runtime / base; dotnet sdk / aspnet ...).
 *
 * @param id               stable id, e.g. {@code python}, {@code nvidia/cuda}
 * @param description      one line for humans
 * @param parts            regex per placeholder used in the variants' patterns
 *                         ({@code version}, {@code os}, {@code cuda}, ...). Placeholders without an
 *                         entry use {@link TagTemplate#DEFAULT_PARTS}.
 * @param repositoryAliases prefix rewrites onto the canonical repository names used in patterns,
 *                         e.g. {@code nvcr.io/nvidia/cuda} → {@code nvidia/cuda}
 * @param deprecated       why the family should not be recommended, or null
 * @param variants         variants in ladder order, fattest first
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FamilyData(
        String id,
        String description,
        Map<String, String> parts,
        Map<String, String> repositoryAliases,
        String deprecated,
        List<VariantData> variants) {

    public FamilyData {
        parts = parts == null ? Map.of() : Map.copyOf(parts);
        repositoryAliases = repositoryAliases == null ? Map.of() : Map.copyOf(repositoryAliases);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public java.util.Optional<VariantData> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }
}
