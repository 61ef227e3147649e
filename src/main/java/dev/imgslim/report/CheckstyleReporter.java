package dev.imgslim.report;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML, read by Jenkins warnings-ng, reviewdog, Sonar and many CI dashboards.
 * Every linted file gets a {@code <file>} element, clean ones empty, as Checkstyle itself does.
 * Checkstyle has no "style" severity, so style maps to info. A file error becomes an error-severity
 * {@code <error>} with source {@code imgslim.file-error}: Checkstyle's own {@code <exception>} element
 * is ignored by most consumers, and a file that was not linted must not look clean.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public void write(LintResult result, ReportContext ctx, PrintWriter out) {
        Map<String, List<Finding>> findings = FindingOrder.findingsByFile(result);
        Map<String, List<FileError>> errors = FindingOrder.errorsByFile(result);
        out.print(START);
        for (String file : FindingOrder.files(result)) {
            file(file, errors.getOrDefault(file, List.of()), findings.getOrDefault(file, List.of()), out);
        }
        end(out);
    }

    /** One {@code <file>} element per file as it comes. */
    @Override
    public ReportStream stream(ReportContext ctx, PrintWriter out) {
        out.print(START);
        return ReportStream.of(
                (file, findings, error, lines) ->
                        file(file, error == null ? List.of() : List.of(error), FindingOrder.sorted(findings), out),
                () -> end(out));
    }

    private static final String START = Xml.DECLARATION + "<checkstyle version=\"4.3\">\n";

    private static void end(PrintWriter out) {
        out.print("</checkstyle>\n");
        out.flush();
    }

    /** A file's element: empty when clean; its errors, then its findings (in report order) otherwise. */
    private static void file(String file, List<FileError> failed, List<Finding> here, PrintWriter out) {
        if (here.isEmpty() && failed.isEmpty()) {
            out.print("  <file name=\"" + Xml.attr(file) + "\"/>\n");
            return;
        }
        out.print("  <file name=\"" + Xml.attr(file) + "\">\n");
        for (FileError e : failed) {
            out.print(error(e.line(), e.column(), "error", e.message(), "imgslim.file-error"));
        }
        for (Finding f : here) {
            out.print(error(
                    f.line(),
                    f.column(),
                    severity(f.severity()),
                    f.message(),
                    "imgslim." + f.rule().code()));
        }
        out.print("  </file>\n");
    }

    private static String error(int line, int column, String severity, String message, String source) {
        return "    <error line=\"" + line + "\" column=\"" + column + "\" severity=\"" + severity + "\" message=\""
                + Xml.attr(message) + "\" source=\"" + Xml.attr(source) + "\"/>\n";
    }

    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "info";
        };
    }
}
