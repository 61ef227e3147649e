package dev.imgslim.rules;

import dev.imgslim.syntax.Span;
import java.util.List;

/**
 * Where a rule reports, bound to the rule: a finding says only where and what. Rules never know where
 * output goes. A rule that reports under other identities (ShellCheck: each SC code under its own) asks
 * for that sink with {@link #as}.
 */
public final class FindingSink {
    /** Takes each finding with the identity it is reported under. */
    @FunctionalInterface
    public interface Receiver {
        void accept(RuleMeta rule, Span span, String message, SizeSaving savings, List<Fix> fixes);
    }

    private final RuleMeta rule;
    private final Receiver receiver;

    public FindingSink(RuleMeta rule, Receiver receiver) {
        this.rule = rule;
        this.receiver = receiver;
    }

    public void report(Span span, String message) {
        report(span, message, null, List.of());
    }

    public void report(Span span, String message, SizeSaving savings) {
        report(span, message, savings, List.of());
    }

    public void report(Span span, String message, SizeSaving savings, List<Fix> fixes) {
        receiver.accept(rule, span, message, savings, fixes);
    }

    /** The same destination, for findings reported under another identity. */
    public FindingSink as(RuleMeta other) {
        return new FindingSink(other, receiver);
    }
}
