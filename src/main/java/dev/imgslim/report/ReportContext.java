package dev.imgslim.report;

import dev.imgslim.advice.SizeAdvice;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.SizeSaving;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reporter needs beyond the findings; the CLI fills it in, so reporters never read files,
 * the environment or the terminal themselves.
 *
 * @param color           emit ANSI colour (tty only); the CLI decides from --no-color, NO_COLOR and isatty
 * @param toolVersion     imgslim's version, for SARIF's tool.driver.version; may be null
 * @param sourceLines     file → its lines, for tty carets; may return an empty list (stdin, unreadable)
 * @param ruleHelp        markdown help for a rule (SARIF help), where the rule has a page
 * @param ruleDocBase     URL base of rule pages; a rule's page is {@code ruleDocBase + name + ".md"}
 * @param savingsSummary  whether the tty summary line mentions estimated savings
 * @param size            the {@code --size} advice, or null: json writes it as {@code "size"}, sarif as
 *                        {@code runs[0].properties.imgslimSize}; the CLI prints the text block for tty and plain
 * @param measured        a finding's bytes measured in a built image ({@code lint --image}), where measured: json
 *                        and sarif write it as {@code measuredBytes}/{@code measuredBasis} beside the estimate
 */
public record ReportContext(
        boolean color,
        String toolVersion,
        Function<String, List<String>> sourceLines,
        Function<RuleMeta, Optional<String>> ruleHelp,
        String ruleDocBase,
        boolean savingsSummary,
        SizeAdvice size,
        Function<Finding, Optional<SizeSaving>> measured) {

    public static final String DEFAULT_RULE_DOC_BASE = "https://github.com/imgslim/imgslim/blob/main/rules/";

    public ReportContext {
        // Null-tolerant so a reporter never has to guard: a missing function just means "nothing known".
        if (sourceLines == null) sourceLines = new NoLines();
        if (ruleHelp == null) ruleHelp = new NothingKnown<>();
        if (ruleDocBase == null) ruleDocBase = DEFAULT_RULE_DOC_BASE;
        if (measured == null) measured = new NothingKnown<>();
    }

    // Classes, not lambdas: every lint makes a context, and on JDK 17 a lambda's first run costs ~0.1 ms of
    // linking (see dev.imgslim.rules.LintContext#sharedOrNull).
    private static final class NoLines implements Function<String, List<String>> {
        @Override
        public List<String> apply(String file) {
            return List.of();
        }
    }

    private static final class NothingKnown<T, R> implements Function<T, Optional<R>> {
        @Override
        public Optional<R> apply(T key) {
            return Optional.empty();
        }
    }

    /** No colour, no sources, no extra help, the default doc base, savings shown. */
    public static ReportContext defaults(String toolVersion) {
        return new ReportContext(false, toolVersion, null, null, null, true, null, null);
    }

    public ReportContext withColor(boolean on) {
        return new ReportContext(on, toolVersion, sourceLines, ruleHelp, ruleDocBase, savingsSummary, size, measured);
    }

    public ReportContext withSourceLines(Function<String, List<String>> lines) {
        return new ReportContext(color, toolVersion, lines, ruleHelp, ruleDocBase, savingsSummary, size, measured);
    }

    public ReportContext withRuleHelp(Function<RuleMeta, Optional<String>> help) {
        return new ReportContext(color, toolVersion, sourceLines, help, ruleDocBase, savingsSummary, size, measured);
    }

    /** With the {@code --size} advice (null for none). */
    public ReportContext withSize(SizeAdvice advice) {
        return new ReportContext(
                color, toolVersion, sourceLines, ruleHelp, ruleDocBase, savingsSummary, advice, measured);
    }

    /** With bytes measured in a built image per finding ({@code lint --image}). */
    public ReportContext withMeasured(Function<Finding, Optional<SizeSaving>> m) {
        return new ReportContext(color, toolVersion, sourceLines, ruleHelp, ruleDocBase, savingsSummary, size, m);
    }

    /** The rule's documentation page; empty when no base is configured. */
    public Optional<String> ruleUrl(RuleMeta meta) {
        return ruleDocBase.isEmpty() ? Optional.empty() : Optional.of(ruleDocBase + meta.name() + ".md");
    }

    /** Lines of {@code file}, never null. */
    List<String> linesOf(String file) {
        List<String> lines = sourceLines.apply(file);
        return lines == null ? List.of() : lines;
    }
}
