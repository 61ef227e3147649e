package dev.imgslim.report;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import dev.imgslim.syntax.Span;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands, which turn into annotations on the pull request:
 * {@code ::warning file=F,line=L,col=C,endLine=..,endColumn=..,title=CODE name::message}.
 * GitHub accepts col/endColumn only when the annotation sits on one line, so a multi-line span sends lines
 * only. endColumn is passed through as the exclusive end, as other linters' GitHub output does.
 * GitHub has no "info" or "style" level; both become notice. A file error becomes an error annotation
 * titled "imgslim".
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(LintResult result, ReportContext ctx, PrintWriter out) {
        for (FileError e : FindingOrder.errors(result)) {
            out.print("::error file=" + property(e.file()) + ",line=" + e.line() + ",col=" + e.column()
                    + ",title=imgslim::" + data(e.message()) + "\n");
        }
        for (Finding f : FindingOrder.findings(result)) out.print(command(f) + "\n");
        out.flush();
    }

    static String command(Finding f) {
        Span s = f.span();
        StringBuilder sb = new StringBuilder("::")
                .append(level(f.severity()))
                .append(" file=")
                .append(property(f.file()))
                .append(",line=")
                .append(s.startLine());
        if (s.endLine() == s.startLine()) {
            sb.append(",col=")
                    .append(s.startColumn())
                    .append(",endLine=")
                    .append(s.endLine())
                    .append(",endColumn=")
                    .append(Math.max(s.endColumn(), s.startColumn()));
        } else {
            sb.append(",endLine=").append(s.endLine());
        }
        sb.append(",title=").append(property(f.rule().code() + " " + f.rule().name()));
        String message = f.savings() == null ? f.message() : f.message() + " (" + Text.savings(f) + ")";
        return sb.append("::").append(data(message)).toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "notice";
        };
    }

    /** The runner's escapeData (actions/toolkit, command.ts): the message after "::". */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The runner's escapeProperty: as data, plus the separators of the property list. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
