package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * One finding per line, {@code file:line:col: severity: [CODE name] message}, the shape editors,
 * grep and problem matchers already parse. File errors come first, as their own {@code render()} line,
 * because they explain findings that are missing. No summary, no colour.
 */
public final class PlainReporter implements Reporter {

    @Override
    public void write(LintResult result, ReportContext ctx, PrintWriter out) {
        for (FileError e : FindingOrder.errors(result)) out.print(OneLine.of(e.render()) + "\n");
        for (Finding f : FindingOrder.findings(result)) out.print(line(f) + "\n");
        out.flush();
    }

    /** Each file's lines as it comes; a file error (which the CLI sends to stderr instead) where its file comes. */
    @Override
    public ReportStream stream(ReportContext ctx, PrintWriter out) {
        // A class, not ReportStream.of with lambdas: the commonest format of a one-file lint links none
        // (~0.1 ms each on JDK 17; see dev.imgslim.rules.LintContext#sharedOrNull).
        return new ReportStream() {
            @Override
            public void file(String file, List<Finding> findings, FileError error, Supplier<List<String>> lines) {
                if (error != null) out.print(OneLine.of(error.render()) + "\n");
                for (Finding f : FindingOrder.sorted(findings)) out.print(line(f) + "\n");
            }

            @Override
            public void end() {
                out.flush();
            }
        };
    }

    static String line(Finding f) {
        String text = OneLine.of(Text.position(f.file(), f.line(), f.column()) + ": "
                + f.severity().label() + ": " + Text.ruleTag(f) + " " + f.message());
        return f.savings() == null || Text.statesSavings(f) ? text : text + " (" + OneLine.of(Text.savings(f)) + ")";
    }
}
