package dev.imgslim.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The repository names the bundled catalog can know, worked out when imgslim is built (by
 * {@link CompactCatalog#main}) and bundled as {@code keys.txt}: a FROM whose repository none of
 * them names matches no family, and is answered without reading the catalog's files (reading and
 * compiling them was a tenth of a one-file lint's main thread). A name may match a family when it is one
 * of the literal repositories of its patterns, starts with the literal part before a pattern's first
 * placeholder, or is rewritten by one of its repository aliases ({@code =} an exact name, {@code ^} a
 * prefix, one a line).
 */
final class CatalogKeys {
    static final String FILE = "keys.txt";
    static final String RESOURCE = CatalogLoader.RESOURCE_DIR + FILE;

    private final Set<String> exact;
    private final List<String> prefixes;

    private CatalogKeys(Set<String> exact, List<String> prefixes) {
        this.exact = exact;
        this.prefixes = prefixes;
    }

    /** The keys of these families. */
    static CatalogKeys of(List<FamilyData> families) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        for (FamilyData f : families) {
            repositories(f, exact, prefixes);
            for (String alias : f.repositoryAliases().keySet()) {
                // Catalog.applyAliases: a key ending in '/' rewrites every name under it, any other only itself
                (alias.endsWith("/") ? prefixes : exact).add(alias);
            }
        }
        return new CatalogKeys(exact, new ArrayList<>(prefixes));
    }

    /**
     * The repositories a family's patterns name: the literal ones into {@code exact}, and for those with a
     * placeholder, the literal part before it into {@code prefixes}.
     */
    static void repositories(
            FamilyData family, java.util.Collection<String> exact, java.util.Collection<String> prefixes) {
        for (VariantData v : family.variants()) {
            for (String p : v.patterns()) {
                int colon = TagTemplate.tagSeparator(p);
                String repository = colon < 0 ? p : p.substring(0, colon);
                int brace = repository.indexOf('{');
                if (brace < 0) {
                    exact.add(repository);
                } else {
                    prefixes.add(repository.substring(0, brace));
                }
            }
        }
    }

    /** The bundled keys; null when the build made none (classes compiled by an IDE): then nothing is skipped. */
    static CatalogKeys bundled() {
        try {
            byte[] bytes = BundledFiles.read(RESOURCE);
            return bytes == null ? null : parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static CatalogKeys parse(String text) {
        Set<String> exact = new LinkedHashSet<>();
        List<String> prefixes = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) end = text.length();
            if (end - from >= 2) {
                String name = text.substring(from + 2, end);
                if (text.charAt(from) == '=') exact.add(name);
                else prefixes.add(name);
            }
            from = end + 1;
        }
        return new CatalogKeys(exact, prefixes);
    }

    /** Whether a family may know this canonical repository name; false only when none can. */
    boolean mayKnow(String repository) {
        if (exact.contains(repository)) return true;
        for (String prefix : prefixes) if (repository.startsWith(prefix)) return true;
        return false;
    }

    /** The file's text. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (String name : exact) out.append("= ").append(name).append('\n');
        for (String prefix : prefixes) out.append("^ ").append(prefix).append('\n');
        return out.toString();
    }
}
