package dev.imgslim.analyze;

import dev.imgslim.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * Puts a measured figure beside a size finding's estimate, from the layer its line made. Only rules
 * whose cost can be read off the layer are measured; the others keep their estimate alone.
 * <ul>
 *   <li>apt-lists-not-removed and apt-update-separate: files under {@code /var/lib/apt/lists} in the layer;</li>
 *   <li>package-cache-left: files under the package managers' cache folders in the layer;</li>
 *   <li>delete-in-later-layer: the bytes of lower layers this line's deletions left dead;</li>
 *   <li>chown-in-separate-layer: the bytes this line rewrote unchanged (same size and checksum).</li>
 *   <li>apt-install-recommends: the files of the packages the layer installed only as Recommends, read from
 *       the dpkg and apt state the layer records ({@link RecommendsMeasure}).</li>
 * </ul>
 */
public final class FindingMeasurer {

    static final String APT_LISTS = "var/lib/apt/lists";

    /** Cache folders package managers leave behind (root's home; the usual non-root homes are under /home). */
    static final List<String> CACHES = List.of(
            "var/cache/apt/archives",
            "var/cache/apk",
            "var/cache/dnf",
            "var/cache/yum",
            "var/cache/zypp",
            "root/.cache/pip",
            "root/.cache/uv",
            "root/.cache/yarn",
            "root/.npm",
            "usr/local/share/.cache/yarn",
            "root/.cache/pypoetry",
            "opt/conda/pkgs",
            "root/.conda/pkgs",
            "root/.cache/go-build",
            "root/.m2/repository",
            "root/.gradle/caches",
            "root/.cargo/registry");

    private FindingMeasurer() {}

    public static Optional<Measured> measure(Finding f, ImageLayers image, int layer) {
        if (layer < 0) return Optional.empty();
        LayerFigures l = image.layers().get(layer);
        return switch (f.rule().name()) {
            case "apt-lists-not-removed", "apt-update-separate" ->
                Optional.of(new Measured(
                        image.bytesUnder(layer, APT_LISTS), "files under /var/lib/apt/lists in this line's layer"));
            case "package-cache-left" -> {
                long sum = 0;
                for (String c : CACHES) sum += image.bytesUnder(layer, c);
                sum += homeCaches(image, layer);
                yield Optional.of(new Measured(sum, "files under package-manager cache folders in this line's layer"));
            }
            case "delete-in-later-layer" ->
                Optional.of(new Measured(
                        l.deletedBytes(), "bytes of earlier layers that this line's deletions left in the image"));
            case "chown-in-separate-layer" ->
                Optional.of(new Measured(
                        l.duplicatedBytes(),
                        "bytes this line's layer stores again unchanged (same size and CRC-32C as the copy below)"));
            case "apt-install-recommends" -> RecommendsMeasure.measure(image, layer);
            default -> Optional.empty();
        };
    }

    /** pip/npm caches in non-root homes: {@code home/USER/.cache/pip}, {@code home/USER/.npm}. */
    private static long homeCaches(ImageLayers image, int layer) {
        long sum = 0;
        for (LayerFile f : image.scans().get(layer).files()) {
            if (f.kind() != LayerFile.Kind.FILE || !f.path().startsWith("home/")) continue;
            String rest = f.path().substring(f.path().indexOf('/', 5) + 1);
            if (rest.startsWith(".cache/pip/")
                    || rest.startsWith(".npm/")
                    || rest.startsWith(".cache/uv/")
                    || rest.startsWith(".cache/yarn/")) sum += f.size();
        }
        return sum;
    }
}
