package dev.imgslim.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the bundled catalog files ({@code rules/catalog/*.json}) into their records, field by field.
 * The user's {@code catalog:} entries bind to the same records with Jackson's data binding; this reader
 * accepts what that binding accepts for these files (a test reads every bundled file both ways), and
 * like it refuses an unknown field, so a typo in a data file cannot silently drop a figure.
 */
final class CatalogJson {
    /** The names the data files write for the size kinds: their {@code @JsonProperty} values. */
    private static final Map<String, SizeKind> SIZE_KINDS =
            Map.of("compressed", SizeKind.COMPRESSED, "on-disk", SizeKind.ON_DISK, "unspecified", SizeKind.UNSPECIFIED);

    private final JsonCursor in;

    private CatalogJson(byte[] utf8, String source) {
        this.in = new JsonCursor(utf8, source);
    }

    /** A catalog file: {@code {"families": [...], "mirrors": [...]}}. */
    static CatalogData catalog(String text, String source) {
        return catalog(text.getBytes(StandardCharsets.UTF_8), source);
    }

    /** {@link #catalog(String, String)} from the file's UTF-8 bytes. */
    static CatalogData catalog(byte[] utf8, String source) {
        CatalogJson r = new CatalogJson(utf8, source);
        Values v = r.fields((values, name) -> {
            switch (name) {
                case "families" -> values.put(name, r.in.array(r::family));
                case "mirrors" -> values.put(name, r.in.strings());
                default -> throw r.unknown(CatalogData.class, name);
            }
        });
        r.in.end();
        return new CatalogData(v.list("families"), v.list("mirrors"));
    }

    /** {@code index.json}: the family files in matching order. */
    static List<String> index(String text, String source) {
        return index(text.getBytes(StandardCharsets.UTF_8), source);
    }

    /** {@link #index(String, String)} from the file's UTF-8 bytes. */
    static List<String> index(byte[] utf8, String source) {
        CatalogJson r = new CatalogJson(utf8, source);
        Values v = r.fields((values, name) -> {
            if (!name.equals("files")) throw r.in.error("index: unknown field \"" + name + "\" (known: files)");
            values.put(name, r.in.strings());
        });
        r.in.end();
        List<String> files = v.list("files");
        return files == null ? List.of() : files;
    }

    /** {@code packages.json}: the per-package figures. */
    static PackageFigures.Data packages(String text, String source) {
        return packages(text.getBytes(StandardCharsets.UTF_8), source);
    }

    /** {@link #packages(String, String)} from the file's UTF-8 bytes. */
    static PackageFigures.Data packages(byte[] utf8, String source) {
        CatalogJson r = new CatalogJson(utf8, source);
        Values v = r.fields((values, name) -> {
            switch (name) {
                case "packages" -> values.put(name, r.in.array(r::packageFigure));
                case "none" -> values.put(name, r.in.strings());
                default -> throw r.unknown(PackageFigures.Data.class, name);
            }
        });
        r.in.end();
        return new PackageFigures.Data(v.list("packages"), v.list("none"));
    }

    private FamilyData family() {
        Values v = fields((values, name) -> {
            switch (name) {
                case "id", "description", "deprecated" -> values.put(name, in.string());
                case "parts", "repositoryAliases" -> values.put(name, in.stringMap());
                case "variants" -> values.put(name, in.array(this::variant));
                default -> throw unknown(FamilyData.class, name);
            }
        });
        return new FamilyData(
                v.string("id"),
                v.string("description"),
                v.map("parts"),
                v.map("repositoryAliases"),
                v.string("deprecated"),
                v.list("variants"));
    }

    private VariantData variant() {
        Values v = fields((values, name) -> {
            switch (name) {
                case "id", "kind", "note" -> values.put(name, in.string());
                case "patterns", "lacks", "slimmer" -> values.put(name, in.strings());
                case "toolchain" -> values.put(name, in.bool());
                case "runtimeBases" -> values.put(name, in.array(this::runtimeBase));
                case "sizes" -> values.put(name, in.array(this::sizeFigure));
                case "deltas" -> values.put(name, in.array(this::sizeDelta));
                default -> throw unknown(VariantData.class, name);
            }
        });
        return new VariantData(
                v.string("id"),
                v.string("kind"),
                v.list("patterns"),
                (Boolean) v.get("toolchain"),
                v.list("lacks"),
                v.list("slimmer"),
                v.list("runtimeBases"),
                v.list("sizes"),
                v.list("deltas"),
                v.string("note"));
    }

    private RuntimeBase runtimeBase() {
        Values v = fields((values, name) -> {
            switch (name) {
                case "image", "when" -> values.put(name, in.string());
                case "lacks" -> values.put(name, in.strings());
                default -> throw unknown(RuntimeBase.class, name);
            }
        });
        return new RuntimeBase(v.string("image"), v.string("when"), v.list("lacks"));
    }

    private SizeFigure sizeFigure() {
        Values v = fields((values, name) -> {
            switch (name) {
                case "tag", "arch", "asOf", "source", "sourceRef", "note" -> values.put(name, in.string());
                case "bytes" -> values.put(name, in.integer());
                case "kind" -> values.put(name, sizeKind());
                case "uncertain" -> values.put(name, in.bool());
                default -> throw unknown(SizeFigure.class, name);
            }
        });
        return new SizeFigure(
                v.string("tag"),
                v.integer("bytes"),
                (SizeKind) v.get("kind"),
                v.string("arch"),
                v.string("asOf"),
                v.string("source"),
                v.string("sourceRef"),
                v.flag("uncertain"),
                v.string("note"));
    }

    private SizeDelta sizeDelta() {
        Values v = fields((values, name) -> {
            switch (name) {
                case "to", "text", "asOf", "source", "sourceRef", "note" -> values.put(name, in.string());
                case "minBytes", "maxBytes" -> values.put(name, in.integer());
                case "kind" -> values.put(name, sizeKind());
                case "uncertain" -> values.put(name, in.bool());
                default -> throw unknown(SizeDelta.class, name);
            }
        });
        return new SizeDelta(
                v.string("to"),
                v.integer("minBytes"),
                v.integer("maxBytes"),
                (SizeKind) v.get("kind"),
                v.string("text"),
                v.string("asOf"),
                v.string("source"),
                v.string("sourceRef"),
                v.flag("uncertain"),
                v.string("note"));
    }

    private PackageFigure packageFigure() {
        Values v = fields((values, name) -> {
            switch (name) {
                case "manager", "what", "kind", "measuredOn", "asOf", "note", "source", "quote" ->
                    values.put(name, in.string());
                case "packages" -> values.put(name, in.strings());
                case "bytes" -> values.put(name, in.integer());
                case "estimate" -> values.put(name, in.bool());
                default -> throw unknown(PackageFigure.class, name);
            }
        });
        return new PackageFigure(
                v.string("manager"),
                v.list("packages"),
                v.string("what"),
                v.integer("bytes"),
                v.string("kind"),
                v.string("measuredOn"),
                v.string("asOf"),
                v.string("note"),
                v.string("source"),
                v.string("quote"),
                v.flag("estimate"));
    }

    /** A size kind by the name the data files write: the {@code @JsonProperty} of {@link SizeKind}, as the binding reads it. */
    private SizeKind sizeKind() {
        String text = in.string();
        if (text == null) return null;
        SizeKind kind = SIZE_KINDS.get(text);
        if (kind == null) throw in.error("unknown value \"" + text + "\" for SizeKind");
        return kind;
    }

    /** Reads the object at the cursor; {@code field} stores each field's value under its name. */
    private Values fields(FieldInto field) {
        Values values = new Values();
        in.object(name -> field.read(values, name));
        return values;
    }

    private IllegalArgumentException unknown(Class<?> type, String name) {
        // Reflection only on this error path: the field names a record of this type takes.
        String known =
                Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.joining(", "));
        return in.error(type.getSimpleName() + ": unknown field \"" + name + "\" (known: " + known + ")");
    }

    @FunctionalInterface
    private interface FieldInto {
        void read(Values values, String name);
    }

    /** One object's fields by name; a missing field reads as null (false or 0 for a primitive). */
    private static final class Values extends HashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        String string(String name) {
            return (String) get(name);
        }

        @SuppressWarnings("unchecked")
        <T> List<T> list(String name) {
            return (List<T>) get(name);
        }

        @SuppressWarnings("unchecked")
        Map<String, String> map(String name) {
            return (Map<String, String>) get(name);
        }

        long integer(String name) {
            Object v = get(name);
            return v == null ? 0 : (Long) v;
        }

        boolean flag(String name) {
            return Boolean.TRUE.equals(get(name));
        }
    }
}
