package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * For formats that say something about every file before the first finding (SARIF's rule list and
 * errors, JUnit's totals): keeps the findings, errors and the source lines of files with findings (not
 * the parsed files), and writes the report at the end.
 */
final class CollectingStream implements ReportStream {
    private final Reporter reporter;
    private final ReportContext ctx;
    private final PrintWriter out;
    private final List<String> files = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<FileError> errors = new ArrayList<>();
    private final Map<String, List<String>> lines = new HashMap<>();

    CollectingStream(Reporter reporter, ReportContext ctx, PrintWriter out) {
        this.reporter = reporter;
        this.ctx = ctx;
        this.out = out;
    }

    @Override
    public void file(String file, List<Finding> found, FileError error, Supplier<List<String>> source) {
        files.add(file);
        findings.addAll(found);
        if (error != null) errors.add(error);
        if (!found.isEmpty()) lines.put(file, source.get());
    }

    @Override
    public void end() {
        reporter.write(
                new LintResult(files, findings, errors),
                ctx.withSourceLines(f -> lines.getOrDefault(f, List.of())),
                out);
        out.flush();
    }
}
