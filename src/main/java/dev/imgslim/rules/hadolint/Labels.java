package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The LABELs of a file as key/value pairs with positions, shared by the label rules. */
final class Labels {
    private Labels() {}

    /**
     * One label.
     *
     * @param value the value after quote removal and variable expansion; null when a variable is unknown
     */
    record Label(Stage stage, Instruction ins, String key, String raw, String value, Span keySpan) {}

    static List<Label> all(LintContext ctx) {
        List<Label> out = new ArrayList<>();
        for (Stage s : ctx.model().stages()) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("LABEL")) continue;
                List<String> a = ins.args();
                int cursor = 0;
                for (int k = 0; k + 1 < a.size(); k += 3) {
                    String rawKey = a.get(k);
                    String key = unquote(ctx, s, ins, rawKey);
                    int at = ins.rest().indexOf(rawKey, cursor);
                    Span span = at < 0 ? ins.span() : ins.spanOfRest(at, at + rawKey.length());
                    if (at >= 0) cursor = at + rawKey.length();
                    String raw = a.get(k + 1);
                    String value = Support.expand(ctx, s, ins, raw);
                    out.add(new Label(s, ins, key == null ? rawKey : key, raw, value, span));
                }
            }
        }
        return out;
    }

    private static String unquote(LintContext ctx, Stage s, Instruction ins, String word) {
        Expansion e = Expansion.expand(
                word, s.variablesBefore(ins).asMap(), ctx.file().escape());
        return e.value();
    }

    /** The schema type of a key ({@code text}, {@code url}...), lower-cased, or null when the key is not in the schema. */
    static String type(LintContext ctx, String key) {
        String t = ctx.config().labelSchema().get(key);
        return t == null ? null : t.trim().toLowerCase(Locale.ROOT);
    }
}
