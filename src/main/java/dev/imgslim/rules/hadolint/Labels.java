package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.KeyValue;
import dev.imgslim.syntax.Label;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The pairs of a LABEL with their positions and values as the image gets them, shared by the label rules. */
final class Labels {
    private Labels() {}

    /**
     * One label.
     *
     * @param key     the key with quotes removed and variables expanded
     * @param raw     the value as written
     * @param value   the value after quote removal and variable expansion; null when a variable is unknown
     * @param keySpan where the key is written
     */
    record Pair(String key, String raw, String value, Span keySpan) {}

    static List<Pair> of(LintContext ctx, Stage stage, Label label) {
        List<Pair> out = new ArrayList<>();
        var vars = stage.variablesBefore(label).asMap();
        for (KeyValue kv : label.pairs()) {
            String rawKey = kv.key().text();
            String key = Expansion.expand(rawKey, vars, ctx.file().escape()).value();
            String raw = kv.value().text();
            out.add(new Pair(
                    key == null ? rawKey : key,
                    raw,
                    Support.expand(ctx, stage, label, raw).orElse(null),
                    kv.key().span()));
        }
        return out;
    }

    /** The schema type of a key ({@code text}, {@code url}...), lower-cased, or null when the key is not in the schema. */
    static String type(LintContext ctx, String key) {
        String t = ctx.config().labelSchema().get(key);
        return t == null ? null : t.trim().toLowerCase(Locale.ROOT);
    }
}
