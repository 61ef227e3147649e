package dev.imgslim.report;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * For people at a terminal: each finding is a clickable {@code file:line:col} header, then the source
 * line with the span underlined and, when known, what fixing it saves; a summary line closes the report.
 *
 * <pre>
 * Dockerfile:3:5: warning: [IS301 apt-lists-not-removed] apt lists are left in the layer
 *    3 | RUN apt-get update &amp;&amp; apt-get install -y curl
 *      |     ^~~~~~~~~~~~~~
 *      = saves ~24.8 MB, estimate: apt lists on a Debian base
 * </pre>
 */
public final class TtyReporter implements Reporter {

    @Override
    public void write(LintResult result, ReportContext ctx, PrintWriter out) {
        Ansi ansi = new Ansi(ctx.color());
        // File errors first: they explain why a file has no findings below.
        for (FileError e : FindingOrder.errors(result)) {
            out.print(ansi.severity(Severity.ERROR, OneLine.of(e.render())) + "\n");
        }
        if (!result.errors().isEmpty() && !result.findings().isEmpty()) out.print("\n");
        for (Finding f : FindingOrder.findings(result)) {
            writeFinding(f, ctx, ansi, out);
            out.print("\n");
        }
        out.print(summaryLine(Summary.of(result), ctx.savingsSummary()) + "\n");
        out.flush();
    }

    /** Each file's findings as it comes, the summary at the end; a file error where its file comes. */
    @Override
    public ReportStream stream(ReportContext ctx, PrintWriter out) {
        Ansi ansi = new Ansi(ctx.color());
        Summary.Counter counter = new Summary.Counter();
        return ReportStream.of(
                (file, findings, error, lines) -> {
                    counter.add(findings, error != null);
                    if (error != null) out.print(ansi.severity(Severity.ERROR, OneLine.of(error.render())) + "\n");
                    if (findings.isEmpty()) return;
                    List<String> source = lines.get();
                    ReportContext here = ctx.withSourceLines(f -> source);
                    for (Finding f : FindingOrder.sorted(findings)) {
                        writeFinding(f, here, ansi, out);
                        out.print("\n");
                    }
                },
                () -> {
                    out.print(summaryLine(counter.summary(), ctx.savingsSummary()) + "\n");
                    out.flush();
                });
    }

    private static void writeFinding(Finding f, ReportContext ctx, Ansi ansi, PrintWriter out) {
        out.print(ansi.bold(OneLine.of(Text.position(f.file(), f.line(), f.column())) + ":") + " "
                + ansi.severity(f.severity(), f.severity().label() + ":") + " "
                + ansi.bold(Text.ruleTag(f)) + " " + OneLine.of(f.message()) + "\n");
        String number = String.valueOf(f.line());
        String blank = " ".repeat(number.length());
        List<String> lines = ctx.linesOf(f.file());
        if (f.line() >= 1 && f.line() <= lines.size()) {
            String source = lines.get(f.line() - 1);
            out.print(ansi.dim(" " + number + " |") + " " + Underline.shown(source) + "\n");
            out.print(ansi.dim(" " + blank + " |") + " "
                    + ansi.severity(f.severity(), Underline.under(source, f.span())) + "\n");
        }
        if (f.savings() != null && !Text.statesSavings(f)) {
            out.print(ansi.dim(" " + blank + " =") + " " + OneLine.of(Text.savings(f)) + "\n");
        }
        Text.fixHint(f).ifPresent(fix -> out.print(ansi.dim(" " + blank + " =") + " " + fix + "\n"));
    }

    /** "1 error, 2 warnings in 3 files; 1 file not linted; estimated savings: ~120 MB compressed + ~19 MB on disk". */
    static String summaryLine(Summary s, boolean showSavings) {
        List<String> counts = new ArrayList<>();
        for (Severity sev : Summary.MOST_SEVERE_FIRST) {
            long n = s.count(sev);
            if (n > 0)
                counts.add(n + " " + sev.label() + (n > 1 && sev != Severity.INFO && sev != Severity.STYLE ? "s" : ""));
        }
        String files = s.files() + (s.files() == 1 ? " file" : " files");
        StringBuilder sb = new StringBuilder(
                counts.isEmpty() ? "no problems in " + files : String.join(", ", counts) + " in " + files);
        if (s.filesNotLinted() > 0) {
            sb.append("; ")
                    .append(s.filesNotLinted())
                    .append(s.filesNotLinted() == 1 ? " file" : " files")
                    .append(" could not be linted");
        }
        if (showSavings && s.anySavings()) {
            // "368 MB compressed + 19 MB on disk": the two kinds are never added.
            List<String> parts = new ArrayList<>();
            if (s.savingsCompressed() != null) parts.add(SizeText.approx(s.savingsCompressed()) + " compressed");
            if (s.savingsOnDisk() != null) parts.add(SizeText.approx(s.savingsOnDisk()) + " on disk");
            sb.append("; estimated savings: ").append(String.join(" + ", parts));
        }
        return sb.toString();
    }
}
