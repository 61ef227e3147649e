package dev.imgslim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import dev.imgslim.rules.TextEdit;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * imgslim's own machine format, versioned so scripts can rely on it:
 * {@code {"version":1,"findings":[…],"errors":[…],"summary":{…}}}, plus {@code "size":{…}} with {@code --size}
 * (see {@link SizeJson}).
 * Optional keys (savings*, fixes) are left out rather than written as null, so {@code jq 'has(…)'} works.
 * Positions are 1-based; endColumn is exclusive and columns count UTF-16 units, as in the Span model.
 */
public final class JsonReporter implements Reporter {

    /** Bump on any incompatible change to the shape below. */
    public static final int VERSION = 1;

    @Override
    public void write(LintResult result, ReportContext ctx, PrintWriter out) {
        Json.write(out, g -> {
            open(g);
            for (Finding f : FindingOrder.findings(result)) finding(g, f, ctx);
            g.writeEndArray();
            close(g, FindingOrder.errors(result), Summary.of(result), ctx);
        });
    }

    /** Everything before the first finding: the object, its version and the opened findings array. */
    private static void open(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("version", VERSION);
        g.writeArrayFieldStart("findings");
    }

    /** Everything after the findings array: errors (in report order), summary, size, and the object's end. */
    private static void close(JsonGenerator g, List<FileError> errors, Summary summary, ReportContext ctx)
            throws IOException {
        g.writeArrayFieldStart("errors");
        for (FileError e : errors) error(g, e);
        g.writeEndArray();
        summary(g, summary);
        if (ctx.size() != null) {
            g.writeFieldName("size");
            SizeJson.write(g, ctx.size());
        }
        g.writeEndObject();
    }

    /** Findings written file by file as they come; errors, summary and size at the end. */
    @Override
    public ReportStream stream(ReportContext ctx, PrintWriter out) {
        JsonGenerator g = Json.generator(out);
        Summary.Counter counter = new Summary.Counter();
        List<FileError> errors = new ArrayList<>();
        Json.unchecked(() -> open(g));
        return ReportStream.of(
                (file, findings, error, lines) -> {
                    counter.add(findings, error != null);
                    if (error != null) errors.add(error);
                    Json.unchecked(() -> {
                        for (Finding f : FindingOrder.sorted(findings)) finding(g, f, ctx);
                    });
                },
                () -> Json.unchecked(() -> {
                    g.writeEndArray();
                    errors.sort(FindingOrder.ERRORS);
                    close(g, errors, counter.summary(), ctx);
                    Json.finish(g, out);
                }));
    }

    private static void finding(JsonGenerator g, Finding f, ReportContext ctx) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", f.rule().code());
        g.writeStringField("name", f.rule().name());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.span().startLine());
        g.writeNumberField("column", f.span().startColumn());
        g.writeNumberField("endLine", f.span().endLine());
        g.writeNumberField("endColumn", f.span().endColumn());
        g.writeStringField("message", f.message());
        SavingsJson.fields(g, f, ctx.measured().apply(f));
        g.writeStringField("category", f.rule().category().name().toLowerCase(Locale.ROOT));
        if (!f.fixes().isEmpty()) {
            g.writeArrayFieldStart("fixes");
            for (Fix fix : f.fixes()) fix(g, fix);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void fix(JsonGenerator g, Fix fix) throws IOException {
        g.writeStartObject();
        g.writeStringField("description", fix.description());
        g.writeStringField("safety", fix.safety().name().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart("edits");
        for (TextEdit e : fix.edits()) {
            g.writeStartObject();
            g.writeNumberField("start", e.start()); // char offsets into the original text, [start, end)
            g.writeNumberField("end", e.end());
            g.writeStringField("text", e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void error(JsonGenerator g, FileError e) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", e.file());
        g.writeNumberField("line", e.line());
        g.writeNumberField("column", e.column());
        g.writeStringField("message", e.message());
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("findings", s.findings());
        for (Severity sev : Summary.MOST_SEVERE_FIRST) {
            g.writeNumberField(sev.label(), s.count(sev));
        }
        // Compressed and on-disk bytes are different quantities: kept apart, never added.
        g.writeObjectFieldStart("savingsBytes");
        if (s.savingsCompressed() != null) g.writeNumberField("compressed", s.savingsCompressed());
        if (s.savingsOnDisk() != null) g.writeNumberField("onDisk", s.savingsOnDisk());
        g.writeEndObject();
        g.writeNumberField("fileErrors", s.fileErrors());
        g.writeEndObject();
    }
}
