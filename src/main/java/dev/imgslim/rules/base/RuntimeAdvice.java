package dev.imgslim.rules.base;

import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.catalog.Suggestion;
import dev.imgslim.catalog.SuggestionMessages;
import dev.imgslim.rules.SizeSaving;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a final stage should start instead of a build image: the catalog's runtime bases
 * (distroless/static or scratch for Go, a JRE for Maven ...), else the nearest slimmer variant that
 * keeps the libc. The headline is the catalog's first choice; the others are named with their savings.
 */
record RuntimeAdvice(Suggestion headline, List<Suggestion> alternatives) {

    static Optional<RuntimeAdvice> of(Catalog catalog, CatalogMatch match) {
        List<Suggestion> options = catalog.runtimeBases(match);
        if (options.isEmpty()) {
            List<Suggestion> ladder = catalog.ladder(match);
            boolean sourceMusl = Slimmer.musl(match.variantOrNull());
            List<Suggestion> same = new ArrayList<>();
            for (Suggestion s : ladder) {
                if (sourceMusl || !(s.lacks().contains("glibc") || "alpine".equals(s.kind()))) same.add(s);
            }
            options = same.isEmpty() ? ladder : same.subList(0, 1);
        }
        if (options.isEmpty()) return Optional.empty();
        Suggestion headline = options.get(0);
        List<Suggestion> rest = new ArrayList<>(options.subList(1, options.size()));
        return Optional.of(new RuntimeAdvice(headline, rest));
    }

    String message() {
        StringBuilder m = new StringBuilder(SuggestionMessages.message(headline));
        if (!alternatives.isEmpty()) {
            m.append("; or ");
            for (int i = 0; i < alternatives.size(); i++) {
                Suggestion s = alternatives.get(i);
                if (i > 0) m.append(", ");
                m.append(s.image());
                List<String> notes = new ArrayList<>();
                s.savings().stream()
                        .findFirst()
                        .ifPresent(v ->
                                notes.add("saves " + v.human() + " " + v.kind().label()));
                if (s.when() != null) notes.add("if " + s.when());
                if (!notes.isEmpty())
                    m.append(" (").append(String.join("; ", notes)).append(')');
            }
        }
        return m.toString();
    }

    SizeSaving saving() {
        return Slimmer.sizeSaving(headline);
    }
}
