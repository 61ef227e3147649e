package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI systems that only show test reports (GitLab, Jenkins, Azure): one testsuite per file,
 * one failing testcase per finding, and one passing testcase ("lint") for a clean file so it still shows
 * up as checked. A file error is a testcase with {@code <error>} (JUnit's "could not run") rather than
 * {@code <failure>}, which keeps "not linted" apart from "has findings". No timings, so output is stable.
 */
public final class JunitReporter implements Reporter {

    @Override
    public void write(LintResult result, ReportContext ctx, PrintWriter out) {
        Map<String, List<Finding>> findings = FindingOrder.findingsByFile(result);
        Map<String, List<FileError>> errors = FindingOrder.errorsByFile(result);
        List<String> files = FindingOrder.files(result);
        long cleanFiles = files.stream()
                .filter(f -> !findings.containsKey(f) && !errors.containsKey(f))
                .count();
        int failures = result.findings().size();
        int errorCount = result.errors().size();
        out.print(Xml.DECLARATION);
        out.print("<testsuites name=\"imgslim\" tests=\"" + (failures + errorCount + cleanFiles) + "\" failures=\""
                + failures + "\" errors=\"" + errorCount + "\">\n");
        for (String file : files) {
            suite(file, findings.getOrDefault(file, List.of()), errors.getOrDefault(file, List.of()), out);
        }
        out.print("</testsuites>\n");
        out.flush();
    }

    private static void suite(String file, List<Finding> findings, List<FileError> errors, PrintWriter out) {
        boolean clean = findings.isEmpty() && errors.isEmpty();
        int tests = clean ? 1 : findings.size() + errors.size();
        String name = Xml.attr(file);
        out.print("  <testsuite name=\"" + name + "\" tests=\"" + tests + "\" failures=\"" + findings.size()
                + "\" errors=\"" + errors.size() + "\" skipped=\"0\">\n");
        if (clean) out.print("    <testcase name=\"lint\" classname=\"" + name + "\"/>\n");
        for (FileError e : errors) {
            out.print("    <testcase name=\"lint\" classname=\"" + name + "\">\n");
            out.print("      <error type=\"file-error\" message=\"" + Xml.attr(e.message()) + "\">"
                    + Xml.text(e.render()) + "</error>\n");
            out.print("    </testcase>\n");
        }
        for (Finding f : findings) {
            out.print("    <testcase name=\""
                    + Xml.attr(f.rule().code() + " " + f.rule().name() + " at " + f.line() + ":" + f.column())
                    + "\" classname=\"" + name + "\">\n");
            out.print("      <failure type=\"" + f.severity().label() + "\" message=\"" + Xml.attr(f.message()) + "\">"
                    + Xml.text(PlainReporter.line(f)) + "</failure>\n");
            out.print("    </testcase>\n");
        }
        out.print("  </testsuite>\n");
    }
}
