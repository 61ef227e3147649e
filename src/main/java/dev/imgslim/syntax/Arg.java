package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code ARG name[=default] ...}. */
public final class Arg extends Instruction {
    Arg(Parts p) {
        super(p);
    }

    /** One declared ARG: its name and its default, both as written (quotes kept, as BuildKit keeps them). */
    public record Declaration(Word name, Optional<Word> defaultValue) {}

    public List<Declaration> declarations() {
        List<Declaration> out = new ArrayList<>();
        for (Word w : argWords()) {
            int eq = w.text().indexOf('=');
            if (eq < 0) {
                out.add(new Declaration(w, Optional.empty()));
                continue;
            }
            Span s = w.span();
            int rawEq = s.startOffset() < 0 ? -1 : eq;
            out.add(new Declaration(
                    new Word(w.text().substring(0, eq), Spans.prefix(s, rawEq)),
                    Optional.of(new Word(w.text().substring(eq + 1), Spans.suffix(s, rawEq + 1)))));
        }
        return out;
    }
}
