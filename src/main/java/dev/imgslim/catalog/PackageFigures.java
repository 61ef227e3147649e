package dev.imgslim.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-package figures of {@code rules/catalog/packages.json} (in the jar as
 * {@code imgslim/rules/catalog/packages.json}), read once. Rules ask for the figure that matches what a
 * command installs; where the catalog has none, there is no figure (the file's {@code none} list says
 * which were looked for and not found).
 */
public final class PackageFigures {
    static final String FILE = "packages.json";

    /** The file's shape. */
    public record Data(List<PackageFigure> packages, List<String> none) {
        public Data {
            packages = packages == null ? List.of() : List.copyOf(packages);
            none = none == null ? List.of() : List.copyOf(none);
        }
    }

    private static volatile Data bundled;

    private PackageFigures() {}

    public static Data bundled() {
        Data d = bundled;
        if (d == null) {
            byte[] compact = CatalogLoader.optionalResource(CompactCatalog.PACKAGES);
            d = compact == null ? bundledJson() : CompactCatalog.readPackages(compact);
            bundled = d;
        }
        return d;
    }

    /** The figures read from {@code packages.json}, the source of the compact form the build makes. */
    static Data bundledJson() {
        return CatalogJson.packages(CatalogLoader.resource(FILE), FILE);
    }

    /**
     * The largest figure of {@code what} for {@code manager} whose packages are all among {@code installed}
     * (so a figure for {@code lodash express} needs both, and {@code requests} matches an install of
     * requests and flask).
     */
    public static Optional<PackageFigure> find(String manager, String what, Collection<String> installed) {
        List<String> lower = new ArrayList<>(installed.size());
        for (String s : installed) lower.add(s.toLowerCase(Locale.ROOT));
        PackageFigure best = null;
        for (PackageFigure f : bundled().packages()) {
            if (!f.manager().equals(manager)
                    || !f.what().equals(what)
                    || f.packages().isEmpty()) continue;
            if (!lower.containsAll(f.packages())) continue;
            if (best == null || f.bytes() > best.bytes()) best = f;
        }
        return Optional.ofNullable(best);
    }
}
