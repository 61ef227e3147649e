package dev.imgslim.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled catalog in a compact form made when imgslim is built ({@code mvn} runs {@link #main} after
 * compiling): the families of every file {@code index.json} names, in its order, and the package figures.
 * The JSON files stay the source; the build has already read them (refusing unknown fields and a family
 * defined twice), so a run reads the records straight from numbers and a string table. Reading the JSON
 * files was a fifth of a one-file lint's main thread for a FROM the catalog knows, and a tiny file whose
 * FROM the catalog knows cost 1.25x the CPU of one whose FROM it does not (30 paired runs).
 */
final class CompactCatalog {
    static final String FAMILIES = "families.bin";
    static final String PACKAGES = "packages.bin";

    /** The first number of each form; a new layout takes a new one, so an old file is never misread. */
    private static final int FAMILIES_MAGIC = 0x1A5C01;

    private static final int PACKAGES_MAGIC = 0x1A5C02;

    private CompactCatalog() {}

    static byte[] writeFamilies(List<FamilyData> families) {
        CompactOut out = new CompactOut();
        out.number(families.size());
        for (FamilyData f : families) {
            out.string(f.id());
            out.string(f.description());
            out.map(f.parts());
            out.map(f.repositoryAliases());
            out.string(f.deprecated());
            out.number(f.variants().size());
            for (VariantData v : f.variants()) writeVariant(out, v);
        }
        return out.bytes(FAMILIES_MAGIC);
    }

    static List<FamilyData> readFamilies(byte[] bytes) {
        CompactIn in = new CompactIn(bytes, FAMILIES_MAGIC);
        int n = in.count();
        List<FamilyData> families = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.string();
            String description = in.string();
            var parts = in.map();
            var aliases = in.map();
            String deprecated = in.string();
            int variantCount = in.count();
            List<VariantData> variants = new ArrayList<>(variantCount);
            for (int j = 0; j < variantCount; j++) variants.add(readVariant(in));
            families.add(new FamilyData(id, description, parts, aliases, deprecated, variants));
        }
        in.end();
        return families;
    }

    private static void writeVariant(CompactOut out, VariantData v) {
        out.string(v.id());
        out.string(v.kind());
        out.strings(v.patterns());
        out.number(v.toolchain() == null ? 0 : v.toolchain() ? 2 : 1);
        out.strings(v.lacks());
        out.strings(v.slimmer());
        out.number(v.runtimeBases().size());
        for (RuntimeBase r : v.runtimeBases()) {
            out.string(r.image());
            out.string(r.when());
            out.strings(r.lacks());
        }
        out.number(v.sizes().size());
        for (SizeFigure s : v.sizes()) {
            out.string(s.tag());
            out.number(s.bytes());
            out.number(s.kind().ordinal());
            out.string(s.arch());
            writeSource(out, s.asOf(), s.source(), s.sourceRef(), s.uncertain(), s.note());
        }
        out.number(v.deltas().size());
        for (SizeDelta d : v.deltas()) {
            out.string(d.to());
            out.number(d.minBytes());
            out.number(d.maxBytes());
            out.number(d.kind().ordinal());
            out.string(d.text());
            writeSource(out, d.asOf(), d.source(), d.sourceRef(), d.uncertain(), d.note());
        }
        out.string(v.note());
    }

    private static VariantData readVariant(CompactIn in) {
        String id = in.string();
        String kind = in.string();
        List<String> patterns = in.strings();
        long toolchain = in.number();
        List<String> lacks = in.strings();
        List<String> slimmer = in.strings();
        int n = in.count();
        List<RuntimeBase> runtimeBases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) runtimeBases.add(new RuntimeBase(in.string(), in.string(), in.strings()));
        n = in.count();
        List<SizeFigure> sizes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String tag = in.string();
            long bytes = in.number();
            SizeKind sizeKind = sizeKind(in);
            String arch = in.string();
            Source f = readSource(in);
            sizes.add(new SizeFigure(
                    tag, bytes, sizeKind, arch, f.asOf(), f.source(), f.sourceRef(), f.uncertain(), f.note()));
        }
        n = in.count();
        List<SizeDelta> deltas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String to = in.string();
            long minBytes = in.number();
            long maxBytes = in.number();
            SizeKind sizeKind = sizeKind(in);
            String text = in.string();
            Source d = readSource(in);
            deltas.add(new SizeDelta(
                    to,
                    minBytes,
                    maxBytes,
                    sizeKind,
                    text,
                    d.asOf(),
                    d.source(),
                    d.sourceRef(),
                    d.uncertain(),
                    d.note()));
        }
        String note = in.string();
        Boolean isToolchain = toolchain == 0 ? null : toolchain == 2;
        return new VariantData(id, kind, patterns, isToolchain, lacks, slimmer, runtimeBases, sizes, deltas, note);
    }

    /** Where a size figure or delta comes from: the fields both records end with, in the same order. */
    private record Source(String asOf, String source, String sourceRef, boolean uncertain, String note) {}

    private static void writeSource(
            CompactOut out, String asOf, String source, String sourceRef, boolean uncertain, String note) {
        out.string(asOf);
        out.string(source);
        out.string(sourceRef);
        out.flag(uncertain);
        out.string(note);
    }

    private static Source readSource(CompactIn in) {
        return new Source(in.string(), in.string(), in.string(), in.flag(), in.string());
    }

    private static SizeKind sizeKind(CompactIn in) {
        SizeKind[] kinds = SizeKind.values();
        long ordinal = in.number();
        if (ordinal >= kinds.length) throw new IllegalStateException("compact catalog: size kind " + ordinal);
        return kinds[(int) ordinal];
    }

    static byte[] writePackages(PackageFigures.Data data) {
        CompactOut out = new CompactOut();
        out.number(data.packages().size());
        for (PackageFigure p : data.packages()) {
            out.string(p.manager());
            out.strings(p.packages());
            out.string(p.what());
            out.number(p.bytes());
            out.string(p.kind());
            out.string(p.measuredOn());
            out.string(p.asOf());
            out.string(p.note());
            out.string(p.source());
            out.string(p.quote());
            out.flag(p.estimate());
        }
        out.strings(data.none());
        return out.bytes(PACKAGES_MAGIC);
    }

    static PackageFigures.Data readPackages(byte[] bytes) {
        CompactIn in = new CompactIn(bytes, PACKAGES_MAGIC);
        int n = in.count();
        List<PackageFigure> packages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            packages.add(new PackageFigure(
                    in.string(),
                    in.strings(),
                    in.string(),
                    in.number(),
                    in.string(),
                    in.string(),
                    in.string(),
                    in.string(),
                    in.string(),
                    in.string(),
                    in.flag()));
        }
        List<String> none = in.strings();
        in.end();
        return new PackageFigures.Data(packages, none);
    }

    /**
     * Writes the compact forms and the catalog's keys ({@link CatalogKeys}) into the folder named by
     * {@code args[0]} (the build calls this with the classes' {@code imgslim/rules/catalog}), from the
     * JSON files there.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        List<FamilyData> families = CatalogLoader.loadBundledJson().families();
        Files.write(folder.resolve(FAMILIES), writeFamilies(families));
        Files.write(folder.resolve(PACKAGES), writePackages(PackageFigures.bundledJson()));
        Files.writeString(
                folder.resolve(CatalogKeys.FILE), CatalogKeys.of(families).text());
    }
}
