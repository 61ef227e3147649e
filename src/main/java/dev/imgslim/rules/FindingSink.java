package dev.imgslim.rules;

import dev.imgslim.syntax.Span;
import java.util.List;

/** Where rules report; they never know where output goes. */
public interface FindingSink {
    void report(RuleMeta rule, Span span, String message, SizeSaving savings, List<Fix> fixes);

    default void report(RuleMeta rule, Span span, String message) {
        report(rule, span, message, null, List.of());
    }

    default void report(RuleMeta rule, Span span, String message, SizeSaving savings) {
        report(rule, span, message, savings, List.of());
    }
}
