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

    /** The name users pass to {@code --format}. */
    String format();

    void write(LintResult result, ReportContext ctx, PrintWriter out);
}
