package dev.imgslim.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One-line text for a suggestion, e.g.
 * {@code python:3.12 (411 MB compressed, 1.11 GB on disk) → python:3.12-slim (43 MB, 119 MB):
 * saves ~368 MB compressed (catalog, 2026-08)}. Every number names where it came from.
 */
public final class SuggestionMessages {
    private SuggestionMessages() {}

    public static String message(Suggestion s) {
        String fromName = s.from().canonicalName();
        StringBuilder out = new StringBuilder();
        out.append(fromName).append(sizes(s.fromSizes(), s.from().canonicalName(), true));
        out.append(" → ").append(s.image()).append(sizes(s.toSizes(), s.image(), false));
        Optional<Saving> best = s.savings().stream().findFirst();
        if (best.isPresent()) {
            Saving saving = best.get();
            out.append(": saves ")
                    .append(saving.human())
                    .append(' ')
                    .append(saving.kind().label());
            out.append(" (catalog");
            if (saving.published()) {
                out.append(": \"").append(saving.basis()).append('"');
            } else if (!saving.basis().equals(s.from().canonicalName() + " → " + s.image())) {
                // The figures were measured on other tags of the same variants: say which.
                out.append(", figures for ").append(saving.basis());
            }
            out.append(", ").append(saving.asOfMonth());
            if (saving.uncertain()) {
                out.append(", uncertain");
            }
            out.append(')');
        } else {
            out.append(": no catalog figure for the saving");
        }
        if (!s.lacks().isEmpty()) {
            out.append("; lacks ").append(String.join(", ", s.lacks()));
        }
        if (!s.dropped().isEmpty()) {
            out.append("; does not keep ")
                    .append(s.dropped().stream()
                            .map(d -> d + " " + s.from().values().get(d))
                            .collect(Collectors.joining(", ")));
        }
        if (s.when() != null) {
            out.append("; only if ").append(s.when());
        }
        return out.toString();
    }

    /**
     * Sizes in parentheses, only when they were measured on exactly the tag shown; the kind is
     * spelled out on the left side only, as in the example.
     */
    private static String sizes(List<SizeFigure> figures, String shown, boolean withKinds) {
        // "scratch" is shown bare; its figures are recorded for scratch:latest.
        String shownImage = shown.lastIndexOf(':') > shown.lastIndexOf('/') ? shown : shown + ":latest";
        String repository = shownImage.substring(0, shownImage.lastIndexOf(':'));
        if (figures.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        for (SizeFigure f : figures) {
            if (!shownImage.equals(Catalog.measuredOn(f, repository))) return "";
            parts.add(withKinds ? f.human() + " " + f.kind().label() : f.human());
        }
        return " (" + String.join(", ", parts) + ")";
    }
}
