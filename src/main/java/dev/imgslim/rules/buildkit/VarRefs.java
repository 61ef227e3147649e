package dev.imgslim.rules.buildkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the variable references ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}}...) that BuildKit's
 * word processing looks up when it expands one word of COPY, ENV, WORKDIR and the like: escaped
 * dollars and single-quoted text are not expanded; the word after a modifier ({@code :-}, {@code +},
 * {@code #}, {@code /}...) is scanned too, as BuildKit expands it as well.
 *
 * <p>Only names BuildKit could have in its environment are returned ({@code [A-Za-z_][A-Za-z0-9_]*});
 * positional and special parameters ({@code $1}, {@code $$}) are left out.
 */
final class VarRefs {
    /** One reference: the name and where {@code $} stands in the word. */
    record Ref(String name, int start, int end, boolean braced, boolean hasModifier) {}

    private final String s;
    private final char escape;
    private int pos;
    private final List<Ref> out = new ArrayList<>();

    private VarRefs(String s, char escape) {
        this.s = s;
        this.escape = escape;
    }

    static List<Ref> scan(String word, char escape) {
        VarRefs v = new VarRefs(word, escape);
        v.scanUntil(-1, false);
        return v.out;
    }

    /** Scans up to the unescaped {@code stop} char (or the end); leaves {@link #pos} after it. */
    private void scanUntil(int stop, boolean inDouble) {
        boolean dq = inDouble;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (stop >= 0 && c == stop && !dq) { pos++; return; }
            if (c == escape) { pos += 2; continue; }
            if (c == '\'' && !dq) {
                int e = s.indexOf('\'', pos + 1);
                pos = e < 0 ? s.length() : e + 1;
                continue;
            }
            if (c == '"') { dq = !dq; pos++; continue; }
            if (c == '$') { dollar(); continue; }
            pos++;
        }
    }

    private void dollar() {
        int start = pos++;
        if (pos < s.length() && s.charAt(pos) == '{') {
            pos++;
            int nameStart = pos;
            while (pos < s.length() && isNameChar(s.charAt(pos))) pos++;
            String name = s.substring(nameStart, pos);
            boolean modifier = pos < s.length() && s.charAt(pos) != '}';
            if (modifier) scanUntil('}', false);
            else if (pos < s.length()) pos++;
            add(name, start, pos, true, modifier);
            return;
        }
        int nameStart = pos;
        while (pos < s.length() && isNameChar(s.charAt(pos))) pos++;
        add(s.substring(nameStart, pos), start, pos, false, false);
    }

    private void add(String name, int start, int end, boolean braced, boolean modifier) {
        if (!name.isEmpty() && !Character.isDigit(name.charAt(0))) out.add(new Ref(name, start, end, braced, modifier));
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
