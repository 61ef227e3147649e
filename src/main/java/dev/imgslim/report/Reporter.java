package dev.imgslim.report;

import dev.imgslim.rules.LintResult;
import java.io.PrintWriter;

/**
 * Writes one {@link LintResult} in one output format.
 *
 * <p>Implementations are pure and stateless: they never touch System.out, never exit, and give the
 * same bytes for the same input (findings sorted by file, line, column, code; lines end in {@code \n}
 * on every platform). Callers must encode {@code out} as UTF-8, since the XML and JSON formats say so.
 */
public interface Reporter {

    void write(LintResult result, ReportContext ctx, PrintWriter out);

    /**
     * The same report, written as files are linted (see {@link ReportStream}). By default the findings
     * are kept and written at the end; formats that can write file by file override it.
     */
    default ReportStream stream(ReportContext ctx, PrintWriter out) {
        return new CollectingStream(this, ctx, out);
    }
}
