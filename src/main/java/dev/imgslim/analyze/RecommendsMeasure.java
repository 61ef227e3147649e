package dev.imgslim.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code --no-install-recommends} would have left out of a layer, read from the package state the
 * layer itself records: the packages dpkg lists as installed after the layer but not before it, less those
 * that the manually installed packages (apt's extended_states: not {@code Auto-Installed}) and the packages
 * already there need through Depends and Pre-Depends. What is left came in only through Recommends; its
 * bytes, as this layer stores them, are its files (dpkg's {@code info/PACKAGE.list}), dpkg's own records of
 * it, its downloaded {@code .deb} left in {@code /var/cache/apt/archives}, and debconf's database
 * ({@code /var/cache/debconf}) when only those packages have debconf templates (the layer then stores the
 * whole database again for them). Files their maintainer scripts generate (ca-certificates' bundle) are
 * listed by no package and are missed.
 *
 * <p>Not measured (empty) when no layer up to this one has a dpkg status: not a Debian-family image, or a
 * distroless one without package state.
 */
final class RecommendsMeasure {

    private RecommendsMeasure() {}

    /** The packages that came in through Recommends only, and their bytes in the layer. */
    record Result(long bytes, Set<String> packages) {}

    static Optional<Measured> measure(ImageLayers image, int layer) {
        return compute(image.scans(), layer).map(r -> new Measured(r.bytes(), basis(r)));
    }

    static Optional<Result> compute(List<LayerScan> scans, int layer) {
        Optional<String> after = latest(scans, layer, DpkgState.STATUS);
        if (after.isEmpty()) return Optional.empty();
        LayerScan here = scans.get(layer);
        if (!here.packageState().containsKey(DpkgState.STATUS)) return Optional.of(new Result(0, Set.of()));
        DpkgState now = DpkgState.parseStatus(after.get());
        DpkgState before = latest(scans, layer - 1, DpkgState.STATUS)
                .map(DpkgState::parseStatus)
                .orElse(DpkgState.empty());
        Set<String> auto = latest(scans, layer, DpkgState.EXTENDED_STATES)
                .map(DpkgState::parseAutoInstalled)
                .orElse(Set.of());

        Set<String> added = new TreeSet<>(now.installed().keySet());
        added.removeAll(before.installed().keySet());
        Set<String> roots = new HashSet<>(before.installed().keySet());
        for (String name : now.installed().keySet()) if (!auto.contains(name)) roots.add(name);
        Set<String> needed = now.hardClosure(roots, before.installed().keySet());
        Set<String> recommendsOnly = new TreeSet<>(added);
        recommendsOnly.removeAll(needed);
        Set<String> neededHere = new TreeSet<>(added);
        neededHere.removeAll(recommendsOnly);
        long bytes = bytesOf(here, recommendsOnly, now);
        if (hasDebconf(here, recommendsOnly, now) && !hasDebconf(here, neededHere, now)) {
            for (LayerFile f : here.files()) {
                if (f.kind() == LayerFile.Kind.FILE && f.path().startsWith(DEBCONF)) bytes += f.size();
            }
        }
        return Optional.of(new Result(bytes, recommendsOnly));
    }

    static final String DEBCONF = "var/cache/debconf/";
    static final String ARCHIVES = "var/cache/apt/archives/";

    /** Whether any of the packages has debconf questions ({@code info/NAME.templates} or {@code .config}). */
    private static boolean hasDebconf(LayerScan layer, Set<String> packages, DpkgState state) {
        for (LayerFile f : layer.files()) {
            if (!f.path().startsWith(DpkgState.INFO)
                    || !(f.path().endsWith(".templates") || f.path().endsWith(".config"))) continue;
            for (String name : packages) {
                for (String prefix : infoPrefixes(name, state)) {
                    if (f.path().startsWith(prefix)) return true;
                }
            }
        }
        return false;
    }

    private static List<String> infoPrefixes(String name, DpkgState state) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add(DpkgState.INFO + name + ".");
        String arch = state.installed().get(name).arch();
        if (!arch.isEmpty()) prefixes.add(DpkgState.INFO + name + ":" + arch + ".");
        return prefixes;
    }

    /** The package's files and dpkg's records of it ({@code info/NAME.*}, {@code info/NAME:ARCH.*}) in the layer. */
    private static long bytesOf(LayerScan layer, Set<String> packages, DpkgState state) {
        if (packages.isEmpty()) return 0;
        Map<String, Long> sizes = new HashMap<>();
        for (LayerFile f : layer.files()) {
            if (f.kind() == LayerFile.Kind.FILE) sizes.put(f.path(), f.size());
        }
        Set<String> counted = new HashSet<>();
        long sum = 0;
        for (String name : packages) {
            List<String> prefixes = infoPrefixes(name, state);
            for (String prefix : prefixes) {
                String list = layer.packageState().get(prefix + "list");
                if (list == null) continue;
                for (String line : list.split("\n")) {
                    String path = LayerScan.normalise(line.strip());
                    Long size = sizes.get(path);
                    if (size != null && counted.add(path)) sum += size;
                }
            }
            String deb = ARCHIVES + name + "_";
            for (LayerFile f : layer.files()) {
                if (f.kind() != LayerFile.Kind.FILE) continue;
                if (f.path().startsWith(deb) && f.path().endsWith(".deb") && counted.add(f.path())) sum += f.size();
                if (!f.path().startsWith(DpkgState.INFO)) continue;
                for (String prefix : prefixes) {
                    if (f.path().startsWith(prefix) && counted.add(f.path())) sum += f.size();
                }
            }
        }
        return sum;
    }

    /** The content of {@code path} as the topmost layer up to {@code top} that writes it has it. */
    private static Optional<String> latest(List<LayerScan> scans, int top, String path) {
        for (int i = top; i >= 0; i--) {
            String content = scans.get(i).packageState().get(path);
            if (content != null) return Optional.of(content);
        }
        return Optional.empty();
    }

    private static String basis(Result r) {
        List<String> names = new ArrayList<>(r.packages());
        String shown = names.size() <= 8
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, 8)) + " and " + (names.size() - 8) + " more";
        return "files of the " + names.size() + " packages this line's layer installed only as Recommends"
                + " (dpkg status, apt extended_states, dpkg file lists)" + (names.isEmpty() ? "" : ": " + shown);
    }
}
