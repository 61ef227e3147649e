package dev.imgslim.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** Field-by-field overlay of user catalog entries on bundled ones: set user fields win. */
final class CatalogMerge {
    private CatalogMerge() {}

    /**
     * Bundled entries with the user's merged in by id.
     *
     * @param merged the bundled entries in their order, each merged with the user's entry of its id if there is one
     * @param added  the user's entries whose id the bundled ones do not have, in the user's order
     */
    record ById<T>(List<T> merged, List<T> added) {}

    static <T> ById<T> byId(List<T> bundled, List<T> user, Function<T, String> id, BinaryOperator<T> merge) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T b : bundled) byId.put(id.apply(b), b);
        List<T> added = new ArrayList<>();
        for (T u : user) {
            T b = byId.get(id.apply(u));
            if (b == null) added.add(u);
            else byId.put(id.apply(u), merge.apply(b, u));
        }
        return new ById<>(List.copyOf(byId.values()), List.copyOf(added));
    }

    static FamilyData family(FamilyData base, FamilyData user) {
        Map<String, String> parts = new LinkedHashMap<>(base.parts());
        parts.putAll(user.parts());
        Map<String, String> aliases = new LinkedHashMap<>(base.repositoryAliases());
        aliases.putAll(user.repositoryAliases());
        ById<VariantData> variants = byId(base.variants(), user.variants(), VariantData::id, CatalogMerge::variant);
        List<VariantData> all = new ArrayList<>(variants.merged());
        all.addAll(variants.added());
        return new FamilyData(
                base.id(),
                or(user.description(), base.description()),
                parts,
                aliases,
                or(user.deprecated(), base.deprecated()),
                all);
    }

    static VariantData variant(VariantData base, VariantData user) {
        return new VariantData(
                base.id(),
                or(user.kind(), base.kind()),
                or(user.patterns(), base.patterns()),
                user.toolchain() != null ? user.toolchain() : base.toolchain(),
                or(user.lacks(), base.lacks()),
                or(user.slimmer(), base.slimmer()),
                or(user.runtimeBases(), base.runtimeBases()),
                or(user.sizes(), base.sizes()),
                or(user.deltas(), base.deltas()),
                or(user.note(), base.note()));
    }

    private static <T> T or(T user, T base) {
        return user != null ? user : base;
    }

    private static <T> List<T> or(List<T> user, List<T> base) {
        return user != null && !user.isEmpty() ? user : base;
    }
}
