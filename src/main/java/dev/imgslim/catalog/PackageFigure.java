package dev.imgslim.catalog;

import java.util.List;

/**
 * One figure about what installing packages costs, from {@code rules/catalog/packages.json}: a
 * package manager's cache after installing them, the recommends apt adds, or the layer an install
 * makes. Like the base-image figures, none exists without a source and an as-of date.
 *
 * @param manager    the package manager ({@code pip}, {@code npm}, {@code apt-get})
 * @param packages   the packages the figure was taken for, all of them installed together
 * @param what       {@code cache} (left by the manager), {@code recommends} (what recommends add), or
 *                   {@code layer} (the whole install layer, lists removed)
 * @param bytes      the figure in bytes
 * @param kind       {@code on-disk} or {@code compressed}: never mixed
 * @param measuredOn the base image it was measured or published on
 * @param asOf       when it was measured or published
 * @param note       what exactly was measured
 * @param source     where it comes from (the facts file and section, and the original source)
 * @param quote      the text of the source the figure is taken from (a test checks it is there)
 * @param estimate   true when the figure is derived (a difference of two published figures), not measured
 */
public record PackageFigure(
        String manager,
        List<String> packages,
        String what,
        long bytes,
        String kind,
        String measuredOn,
        String asOf,
        String note,
        String source,
        String quote,
        boolean estimate) {

    public PackageFigure {
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    /** True for an on-disk figure (the only other kind is compressed). */
    public boolean onDisk() {
        return "on-disk".equals(kind);
    }
}
