package dev.imgslim.fix;

import dev.imgslim.rules.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies one pass of fixes to a text: candidates in {@link Candidate#ORDER}, each fix all or nothing,
 * skipping a fix whose edits overlap one already accepted (and a fix identical to one accepted, which
 * two findings may both offer). Inserts at the same offset are kept in acceptance order, before a
 * replacement that starts there. Inserted line breaks follow the file's own (CRLF stays CRLF).
 */
public final class EditApplier {
    private EditApplier() {}

    /** The text after a pass, the candidates applied and those deferred to the next pass. */
    public record Pass(String text, List<Candidate> applied, List<Candidate> deferred) {}

    public static Pass apply(String text, List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Candidate.ORDER);
        List<TextEdit> accepted = new ArrayList<>();
        List<Candidate> applied = new ArrayList<>();
        List<Candidate> deferred = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.fix().edits().isEmpty() || !inBounds(c, text.length())) continue;
            if (accepted.containsAll(c.fix().edits())) continue; // the same fix, offered twice
            if (conflicts(c.fix().edits(), accepted)) {
                deferred.add(c);
                continue;
            }
            accepted.addAll(c.fix().edits());
            applied.add(c);
        }
        return new Pass(splice(text, accepted), applied, deferred);
    }

    private static boolean inBounds(Candidate c, int length) {
        for (TextEdit e : c.fix().edits()) if (e.end() > length) return false;
        return true;
    }

    private static boolean conflicts(List<TextEdit> edits, List<TextEdit> accepted) {
        for (int i = 0; i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) if (overlap(edits.get(i), edits.get(j))) return true;
            for (TextEdit a : accepted) if (overlap(edits.get(i), a)) return true;
        }
        return false;
    }

    /** Two replacements overlap when their ranges share a char; an insert overlaps a range strictly around it. */
    static boolean overlap(TextEdit a, TextEdit b) {
        if (a.start() == a.end() && b.start() == b.end()) return false;
        if (a.start() == a.end()) return b.start() < a.start() && a.start() < b.end();
        if (b.start() == b.end()) return a.start() < b.start() && b.start() < a.end();
        return a.start() < b.end() && b.start() < a.end();
    }

    private static String splice(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        // Stable sort: inserts at one offset keep their acceptance order and come before a replacement there.
        ordered.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(e -> e.end() == e.start() ? 0 : 1));
        String eol = LineEndings.of(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit e : ordered) {
            out.append(text, at, e.start()).append(LineEndings.convert(e.text(), eol));
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
