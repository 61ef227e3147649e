package dev.imgslim.catalog;

import dev.imgslim.build.ImageReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The base-image catalog: recognises a base image, names its variant and suggests a slimmer one
 * that keeps the user's pinned version and OS suffix. Immutable; {@link #withMirrors} and
 * {@link #merge} return new instances.
 */
public final class Catalog {

    private record CompiledVariant(VariantData data, List<TagTemplate> templates) {}

    /**
     * A family whose patterns are compiled on first use: a run usually meets a handful of
     * families, and compiling ~300 regexes up front is most of a cold start.
     */
    private static final class CompiledFamily {
        private final FamilyData data;
        /** Literal repository names, and literal prefixes of templated ones, for a regex-free pre-check. */
        private final List<String> exactRepositories = new ArrayList<>();

        private final List<String> repositoryPrefixes = new ArrayList<>();
        private volatile List<CompiledVariant> variants;

        CompiledFamily(FamilyData data) {
            this.data = data;
            CatalogKeys.repositories(data, exactRepositories, repositoryPrefixes);
        }

        FamilyData data() {
            return data;
        }

        boolean mayContain(String repository) {
            if (exactRepositories.contains(repository)) return true;
            for (String prefix : repositoryPrefixes) if (repository.startsWith(prefix)) return true;
            return false;
        }

        /** Whether a variant's template names {@code repository} (tags aside). */
        boolean knows(String repository) {
            for (CompiledVariant v : variants()) {
                for (TagTemplate t : v.templates()) if (t.matchesRepository(repository)) return true;
            }
            return false;
        }

        List<CompiledVariant> variants() {
            List<CompiledVariant> vs = variants;
            if (vs == null) {
                synchronized (this) {
                    vs = variants;
                    if (vs == null) {
                        vs = compile(data);
                        variants = vs;
                    }
                }
            }
            return vs;
        }

        Optional<CompiledVariant> variant(String id) {
            for (CompiledVariant v : variants()) if (v.data().id().equals(id)) return Optional.of(v);
            return Optional.empty();
        }

        private static List<CompiledVariant> compile(FamilyData f) {
            List<CompiledVariant> vs = new ArrayList<>();
            for (VariantData v : f.variants()) {
                List<TagTemplate> ts = new ArrayList<>();
                for (String p : v.patterns()) {
                    try {
                        ts.add(TagTemplate.compile(p, f.parts()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                "catalog family " + f.id() + " variant " + v.id() + ": " + e.getMessage(), e);
                    }
                }
                vs.add(new CompiledVariant(v, List.copyOf(ts)));
            }
            return List.copyOf(vs);
        }
    }

    /**
     * Lazy holder of the bundled catalog. Its files are read on the first question that needs them (a
     * FROM to match), not when a run starts: {@code --version}, {@code rules}, {@code explain} and files
     * whose FROMs name no image never read them.
     */
    private static final class Bundled {
        static final Catalog INSTANCE = new Catalog(new Contents.Lazy(new Reader(), true), List.of());

        /** The bundled data's reader: a class, not {@code CatalogLoader::loadBundled}, whose first run costs ~0.1 ms of linking on JDK 17. */
        private static final class Reader implements Supplier<CatalogData> {
            @Override
            public CatalogData get() {
                return CatalogLoader.loadBundled();
            }
        }

        /** What the bundled catalog can know, made by the build; null without it. */
        static final class Keys {
            static final CatalogKeys KEYS = CatalogKeys.bundled();
        }
    }

    /** The data and its families, compiled once; read when first asked for. */
    private static final class Contents {
        private final CatalogData data;
        private final List<CompiledFamily> families;

        Contents(CatalogData data, boolean eager) {
            this.data = data;
            List<CompiledFamily> compiled = new ArrayList<>();
            for (FamilyData f : data.families()) {
                CompiledFamily family = new CompiledFamily(f);
                if (eager) {
                    family.variants(); // user data: report a bad pattern now, not on first match
                }
                compiled.add(family);
            }
            this.families = List.copyOf(compiled);
        }

        /** Contents made by {@code reader} on first use, shared by every catalog derived from it. */
        static final class Lazy {
            private final Supplier<CatalogData> reader;
            /** The bundled catalog's: its keys may answer a match without reading it. */
            private final boolean bundled;

            private volatile Contents contents;

            Lazy(Supplier<CatalogData> reader, boolean bundled) {
                this.reader = reader;
                this.bundled = bundled;
            }

            Lazy(Contents ready) {
                this.reader = null;
                this.bundled = false;
                this.contents = ready;
            }

            /**
             * False when no family can know this canonical repository name, said without reading the data
             * while it is still unread (from the bundled {@link CatalogKeys}); else true.
             */
            boolean mayKnow(String repository) {
                if (!bundled || contents != null) return true;
                CatalogKeys keys = Bundled.Keys.KEYS;
                return keys == null || keys.mayKnow(repository);
            }

            Contents get() {
                Contents c = contents;
                if (c == null) {
                    synchronized (this) {
                        c = contents;
                        if (c == null) {
                            c = new Contents(reader.get(), false);
                            contents = c;
                        }
                    }
                }
                return c;
            }
        }
    }

    private final Contents.Lazy contents;
    private final List<String> mirrors;
    private final RepositoryNames names;

    private Catalog(Contents.Lazy contents, List<String> mirrors) {
        this.contents = contents;
        this.mirrors = List.copyOf(mirrors);
        this.names = new RepositoryNames(this.mirrors);
    }

    /** Over data given in full (tests, user entries): every pattern compiled now, so bad data fails here. */
    private Catalog(CatalogData data, List<String> mirrors) {
        this(new Contents.Lazy(new Contents(data, true)), mirrors);
    }

    private List<CompiledFamily> families() {
        return contents.get().families;
    }

    /** The catalog shipped in the jar. Cheap after the first call. */
    public static Catalog load() {
        return Bundled.INSTANCE;
    }

    /** A catalog over the given data only (tests, tools); every pattern is compiled, so bad data fails here. */
    public static Catalog of(CatalogData data) {
        return new Catalog(data, List.of());
    }

    /**
     * Adds Docker Hub mirror prefixes ({@code registry.corp:5000/dockerhub}): an image under such a
     * prefix is treated as the Hub image of the same path.
     */
    public Catalog withMirrors(List<String> prefixes) {
        List<String> all = new ArrayList<>(mirrors);
        all.addAll(prefixes);
        return new Catalog(contents, all); // the same data, still unread if it was
    }

    /**
     * Overlays user entries (the {@code catalog:} section of {@code .imgslim.yaml}). A family with a
     * known id is merged field by field: non-empty user fields win, variants merge by id (user
     * fields win, unset ones keep the bundled value). New families are matched before the bundled
     * ones, so a user entry can claim a repository the catalog also knows. Mirror prefixes in the
     * entries are added as with {@link #withMirrors}.
     *
     * @throws IllegalArgumentException when a family or variant has no id (the key entries merge and are looked up by)
     */
    public Catalog merge(CatalogData userEntries) {
        for (FamilyData f : userEntries.families()) {
            if (f.id() == null) throw new IllegalArgumentException("a catalog family without an id");
            for (VariantData v : f.variants())
                if (v.id() == null)
                    throw new IllegalArgumentException("catalog family " + f.id() + ": a variant without an id");
        }
        CatalogMerge.ById<FamilyData> families =
                CatalogMerge.byId(data().families(), userEntries.families(), FamilyData::id, CatalogMerge::family);
        List<FamilyData> all = new ArrayList<>(families.added());
        all.addAll(families.merged());
        List<String> allMirrors = new ArrayList<>(mirrors);
        allMirrors.addAll(userEntries.mirrors());
        return new Catalog(new CatalogData(all), allMirrors);
    }

    public CatalogData data() {
        return contents.get().data;
    }

    public List<String> mirrors() {
        return mirrors;
    }

    /** The canonical repository name the catalog uses for this reference ({@code python}). */
    public String canonicalRepository(ImageReference ref) {
        return names.canonical(ref);
    }

    /**
     * Recognises a reference. Empty for families the catalog does not know. A known family with
     * an unknown tag, or a digest without a tag, matches with no variant.
     */
    public Optional<CatalogMatch> match(ImageReference ref) {
        if (ref == null || ref.path() == null) {
            return Optional.empty();
        }
        String canonical = names.canonical(ref);
        if (!contents.mayKnow(canonical)) {
            return Optional.empty(); // no family knows it: the same answer as the loop below, nothing read
        }
        // A bare name means :latest; a digest alone names no variant.
        String tag = ref.tag() != null ? ref.tag() : ref.digest() == null ? "latest" : null;
        for (CompiledFamily f : families()) {
            String repository = applyAliases(f.data(), canonical);
            if (!f.mayContain(repository)) {
                continue;
            }
            if (!f.knows(repository)) {
                continue;
            }
            if (tag != null) {
                String name = repository + ":" + tag;
                for (CompiledVariant v : f.variants()) {
                    for (TagTemplate t : v.templates()) {
                        Optional<Map<String, String>> values = t.match(name);
                        if (values.isPresent()) {
                            return Optional.of(
                                    new CatalogMatch(ref, repository, tag, f.data(), v.data(), values.get()));
                        }
                    }
                }
            }
            return Optional.of(new CatalogMatch(ref, repository, tag, f.data(), null, Map.of()));
        }
        return Optional.empty();
    }

    private static String applyAliases(FamilyData family, String canonical) {
        for (Map.Entry<String, String> alias : family.repositoryAliases().entrySet()) {
            if (canonical.equals(alias.getKey())
                    || (canonical.startsWith(alias.getKey()) && alias.getKey().endsWith("/"))) {
                return alias.getValue() + canonical.substring(alias.getKey().length());
            }
        }
        return canonical;
    }

    /** True when the matched variant ships compilers or an SDK and should not be a final stage. */
    public boolean isToolchain(CatalogMatch match) {
        VariantData variant = match.variantOrNull();
        return variant != null && variant.isToolchain();
    }

    /**
     * The nearest slimmer variant that keeps the pinned version (and the OS suffix where the
     * target has one). Same family, except where the data points a deprecated family at its
     * successor (openjdk → eclipse-temurin).
     */
    public Optional<Suggestion> slimmer(CatalogMatch match) {
        List<Suggestion> all = ladder(match);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every listed slimmer variant that can be written for this reference, nearest first. */
    public List<Suggestion> ladder(CatalogMatch match) {
        List<Suggestion> out = new ArrayList<>();
        if (match.variantOrNull() == null) {
            return out;
        }
        Optional<CompiledFamily> ownFamily = findFamily(match.familyId());
        if (ownFamily.isEmpty()) {
            return out; // a match made by another catalog instance with families this one lacks
        }
        CompiledFamily own = ownFamily.get();
        for (String targetId : match.variantOrNull().slimmer()) {
            // "family#variant" names a variant of another family: used to move off a deprecated
            // family (openjdk → eclipse-temurin) while keeping the version.
            int hash = targetId.indexOf('#');
            Optional<CompiledFamily> family = hash < 0 ? Optional.of(own) : findFamily(targetId.substring(0, hash));
            String variantId = hash < 0 ? targetId : targetId.substring(hash + 1);
            Optional<CompiledVariant> target = family.isPresent() ? family.get().variant(variantId) : Optional.empty();
            if (target.isEmpty()) {
                continue;
            }
            Optional<Rendered> r = render(target.get(), match.values());
            if (r.isPresent()) {
                out.add(suggestion(
                        match,
                        r.get(),
                        target.get().data(),
                        family.get().data().id(),
                        target.get().data().lacks(),
                        null));
            }
        }
        return out;
    }

    /**
     * For toolchain images only: bases a final stage should use instead (golang →
     * {@code gcr.io/distroless/static}, {@code scratch}; maven → {@code eclipse-temurin:{jdk}-jre}).
     * Kept apart from {@link #slimmer} because it changes what the stage is, not just its size.
     */
    public List<Suggestion> runtimeBases(CatalogMatch match) {
        List<Suggestion> out = new ArrayList<>();
        if (!isToolchain(match)) {
            return out;
        }
        for (RuntimeBase base : match.variantOrNull().runtimeBases()) {
            // "scratch" must stay bare: BuildKit treats only the exact text "scratch" as the empty
            // image, "scratch:latest" would be pulled (and fail).
            String image = base.image();
            boolean bare = TagTemplate.tagSeparator(image) < 0;
            TagTemplate template;
            try {
                template = TagTemplate.compile(
                        bare ? image + ":latest" : image, match.family().parts());
            } catch (IllegalArgumentException e) {
                continue;
            }
            Optional<String> rendered = template.render(match.values());
            if (rendered.isEmpty()) {
                continue;
            }
            String text = rendered.get();
            int colon = text.lastIndexOf(':');
            Rendered r = new Rendered(text.substring(0, colon), text.substring(colon + 1), bare, List.of());
            Optional<CatalogMatch> targetMatch = Refs.parse(r.image()).flatMap(this::match);
            VariantData tv = targetMatch.flatMap(CatalogMatch::variant).orElse(null);
            out.add(suggestion(
                    match, r, tv, targetMatch.map(CatalogMatch::familyId).orElse(null), base.lacks(), base.when()));
        }
        return out;
    }

    private Optional<CompiledFamily> findFamily(String id) {
        for (CompiledFamily f : families()) if (f.data().id().equals(id)) return Optional.of(f);
        return Optional.empty();
    }

    /** A written reference; {@code bare} when it is shown without its tag ({@code scratch}). */
    private record Rendered(String repository, String tag, boolean bare, List<String> dropped) {
        String image() {
            return bare ? repository : repository + ":" + tag;
        }
    }

    /**
     * Writes the target variant with the user's values. The template that keeps every value wins;
     * otherwise the one that drops the fewest, but never the version: a suggestion that silently
     * changes the pinned version would be a different upgrade, not a slimmer base.
     */
    private static Optional<Rendered> render(CompiledVariant target, Map<String, String> values) {
        Rendered best = null;
        for (TagTemplate t : target.templates()) {
            Set<String> names = t.nameSet();
            if (!values.keySet().containsAll(names)) {
                continue;
            }
            Optional<String> text = t.render(values);
            if (text.isEmpty()) {
                continue;
            }
            Set<String> dropped = new LinkedHashSet<>(values.keySet());
            dropped.removeAll(names);
            if (dropped.contains("version")) {
                continue;
            }
            if (best == null || dropped.size() < best.dropped().size()) {
                int colon = text.get().lastIndexOf(':');
                best = new Rendered(
                        text.get().substring(0, colon), text.get().substring(colon + 1), false, List.copyOf(dropped));
            }
        }
        return Optional.ofNullable(best);
    }

    private Suggestion suggestion(
            CatalogMatch from, Rendered r, VariantData target, String familyId, List<String> lacks, String when) {
        String fromTag = from.tag();
        List<SizeFigure> fromSizes = new ArrayList<>();
        List<SizeFigure> toSizes = new ArrayList<>();
        List<Saving> savings = new ArrayList<>();
        VariantData source = from.variantOrNull();
        for (SizeKind kind : SizeKind.values()) {
            Optional<SizeFigure> a = pick(source, kind, from.repository(), fromTag);
            Optional<SizeFigure> b = pick(target, kind, r.repository(), r.tag());
            if (a.isPresent()) fromSizes.add(a.get());
            if (b.isPresent()) toSizes.add(b.get());
            if (a.isPresent() && b.isPresent() && a.get().bytes() > b.get().bytes()) {
                SizeFigure x = a.get();
                SizeFigure y = b.get();
                savings.add(new Saving(
                        kind,
                        x.bytes() - y.bytes(),
                        x.bytes() - y.bytes(),
                        measuredOn(x, from.repository()) + " → " + measuredOn(y, r.repository()),
                        x.source().equals(y.source()) ? x.source() : x.source() + "; " + y.source(),
                        Saving.older(x.asOf(), y.asOf()),
                        x.uncertain() || y.uncertain(),
                        false));
            }
        }
        if (savings.isEmpty() && target != null) {
            // No comparable absolute figures: fall back to a published delta, kept as a range.
            for (SizeDelta d : source.deltas()) {
                if (d.to().equals(target.id())) {
                    savings.add(new Saving(
                            d.kind(), d.minBytes(), d.maxBytes(), d.text(), d.source(), d.asOf(), d.uncertain(), true));
                }
            }
        }
        String asWritten = r.image();
        if (r.repository().equals(from.repository())) {
            asWritten = Refs.writtenRepository(from.reference(), r.repository()) + (r.bare() ? "" : ":" + r.tag());
        }
        return new Suggestion(
                from,
                r.image(),
                asWritten,
                familyId,
                target == null ? null : target.id(),
                target == null ? null : target.kind(),
                lacks,
                savings,
                fromSizes,
                toSizes,
                r.dropped(),
                when);
    }

    /** The figure of a kind measured on this exact tag if there is one, else the variant's first. */
    private static Optional<SizeFigure> pick(VariantData variant, SizeKind kind, String repository, String tag) {
        if (variant == null) {
            return Optional.empty();
        }
        String full = repository + ":" + tag;
        SizeFigure first = null;
        for (SizeFigure s : variant.sizes()) {
            if (s.kind() != kind) continue;
            if ((tag != null && tag.equals(s.tag())) || full.equals(s.tag())) return Optional.of(s);
            if (first == null) first = s;
        }
        return Optional.ofNullable(first);
    }

    /**
     * The image a figure was measured on. A figure's tag is a plain tag, or a full
     * {@code repository:tag} when the variant spans repositories (distroless, dotnet, ubi).
     */
    static String measuredOn(SizeFigure figure, String repository) {
        String tag = figure.tag() == null ? "latest" : figure.tag();
        return tag.contains(":") ? tag : repository + ":" + tag;
    }
}
