package dev.imgslim.rules;

import dev.imgslim.config.Severity;
import dev.imgslim.syntax.Span;
import java.util.List;

/**
 * One problem found in one file.
 *
 * @param severity     the effective severity (after config overrides)
 * @param file         the path as the user named it (or {@code -} for stdin)
 * @param savings      what fixing it saves, where that can be known; null otherwise
 * @param fixes        text edits that would fix it (applied later by {@code imgslim fix}); may be empty
 */
public record Finding(
        RuleMeta rule, Severity severity, String file, Span span, String message, SizeSaving savings, List<Fix> fixes) {

    public Finding {
        fixes = List.copyOf(fixes);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, file, span, message, savings, fixes);
    }

    public int line() {
        return span.startLine();
    }

    public int column() {
        return span.startColumn();
    }
}
