package dev.imgslim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * GitLab Code Quality report (a CodeClimate subset): a JSON array of issues with description,
 * check_name, fingerprint, severity and location {path, lines {begin}}.
 * The fingerprint hashes file, code, the flagged source text and the message, not the line (see {@link Fingerprints}); GitLab matches issues
 * between the base and head pipelines by it, so it leaves out the column, which churns with edits.
 * A file error is an issue with check_name {@code file-error} and severity {@code blocker}: GitLab has
 * no other way to say "this file was not checked", and it must not pass as clean.
 */
public final class GitlabReporter implements Reporter {

    @Override
    public void write(LintResult result, ReportContext ctx, PrintWriter out) {
        Fingerprints fingerprints = new Fingerprints();
        Json.write(out, g -> {
            g.writeStartArray();
            for (FileError e : FindingOrder.errors(result)) {
                issue(
                        g,
                        e.message(),
                        "file-error",
                        fingerprints.next(e.file(), "file-error", Fingerprints.maskLines(e.message())),
                        "blocker",
                        e.file(),
                        e.line());
            }
            for (Finding f : FindingOrder.findings(result)) {
                issue(
                        g,
                        Text.ruleTag(f) + " " + f.message(),
                        f.rule().code(),
                        fingerprints.of(f, ctx),
                        severity(f.severity()),
                        f.file(),
                        f.line());
            }
            g.writeEndArray();
        });
    }

    private static void issue(
            JsonGenerator g,
            String description,
            String check,
            String fingerprint,
            String severity,
            String path,
            int line)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("description", description);
        g.writeStringField("check_name", check);
        g.writeStringField("fingerprint", fingerprint);
        g.writeStringField("severity", severity);
        g.writeObjectFieldStart("location");
        g.writeStringField("path", path.replace('\\', '/')); // GitLab links paths relative to the repo, with '/'
        g.writeObjectFieldStart("lines");
        g.writeNumberField("begin", line);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    static String severity(Severity s) {
        return switch (s) {
            case STYLE -> "info";
            case INFO -> "minor";
            case WARNING -> "major";
            case ERROR -> "critical";
        };
    }
}
