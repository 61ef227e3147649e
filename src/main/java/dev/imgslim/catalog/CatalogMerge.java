package dev.imgslim.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field-by-field overlay of user catalog entries on bundled ones: set user fields win. */
final class CatalogMerge {
    private CatalogMerge() {}

    static FamilyData family(FamilyData base, FamilyData user) {
        Map<String, String> parts = new LinkedHashMap<>(base.parts());
        parts.putAll(user.parts());
        Map<String, String> aliases = new LinkedHashMap<>(base.repositoryAliases());
        aliases.putAll(user.repositoryAliases());
        Map<String, VariantData> variants = new LinkedHashMap<>();
        for (VariantData v : base.variants()) {
            variants.put(v.id(), v);
        }
        List<VariantData> added = new ArrayList<>();
        for (VariantData v : user.variants()) {
            VariantData b = variants.get(v.id());
            if (b == null) {
                added.add(v);
            } else {
                variants.put(v.id(), variant(b, v));
            }
        }
        List<VariantData> all = new ArrayList<>(variants.values());
        all.addAll(added);
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
