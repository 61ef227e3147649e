package dev.imgslim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import dev.imgslim.rules.RuleMeta;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 in the shape GitHub code scanning accepts: one run, the rules that results refer to (sorted
 * by code, so ruleIndex is stable), results with a physical location relative to {@code %SRCROOT%}.
 * Levels: error and warning as they are, info and style as note. File errors go to
 * {@code invocations[0].toolExecutionNotifications} with executionSuccessful false, where SARIF viewers
 * show tool problems, since they are not findings about the code.
 * partialFingerprints carries a line-independent hash (file, code, flagged source text, message with line
 * numbers masked; see {@link Fingerprints}) so a finding is still
 * recognised after lines above it move; GitHub adds its own line hash next to it on upload.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/imgslim/imgslim";
    // v2: the flagged text and the message with line numbers masked (v1 hashed the message, which can quote lines)
    static final String FINGERPRINT_KEY = "imgslimFindingHash/v2";

    @Override
    public void write(LintResult result, ReportContext ctx, PrintWriter out) {
        List<Finding> findings = FindingOrder.findings(result);
        List<RuleMeta> rules = referencedRules(findings);
        Json.write(out, g -> {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            driver(g, rules, ctx);
            invocations(g, FindingOrder.errors(result));
            results(g, findings, rules, ctx);
            g.writeStringField("columnKind", "utf16CodeUnits"); // our columns, and SARIF's default
            if (ctx.size() != null) {
                g.writeObjectFieldStart("properties");
                g.writeFieldName("imgslimSize");
                SizeJson.write(g, ctx.size());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** One RuleMeta per code, in code order; the first finding's metadata wins if two disagree. */
    private static List<RuleMeta> referencedRules(List<Finding> findings) {
        Map<String, RuleMeta> byCode = new TreeMap<>();
        for (Finding f : findings) byCode.putIfAbsent(f.rule().code(), f.rule());
        return new ArrayList<>(byCode.values());
    }

    private static void driver(JsonGenerator g, List<RuleMeta> rules, ReportContext ctx) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "imgslim");
        if (ctx.toolVersion() != null) g.writeStringField("version", ctx.toolVersion());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (RuleMeta rule : rules) rule(g, rule, ctx);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, RuleMeta rule, ReportContext ctx) throws IOException {
        String url = ctx.ruleUrl(rule).orElse(null);
        String markdown = ctx.ruleHelp().apply(rule).orElse(null);
        String text = markdown; // markdown reads fine as plain text
        if (markdown == null) {
            // GitHub shows help in the alert; without a page body, point at the rule page.
            markdown = rule.summary() + (url == null ? "" : "\n\nSee [" + rule.name() + "](" + url + ").");
            text = rule.summary() + (url == null ? "" : "\n\nSee " + url);
        }
        g.writeStartObject();
        g.writeStringField("id", rule.code());
        g.writeStringField("name", rule.name());
        text(g, "shortDescription", rule.summary());
        text(g, "fullDescription", rule.summary());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", text);
        g.writeStringField("markdown", markdown);
        g.writeEndObject();
        if (url != null) g.writeStringField("helpUri", url);
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString(rule.category().name().toLowerCase(Locale.ROOT));
        g.writeEndArray();
        // Rules match the parsed Dockerfile, not heuristics over text: false positives are rare.
        g.writeStringField("precision", "high");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void invocations(JsonGenerator g, List<FileError> errors) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", errors.isEmpty());
        if (!errors.isEmpty()) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (FileError e : errors) {
                g.writeStartObject();
                g.writeStringField("level", "error");
                text(g, "message", e.message());
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                physicalLocation(g, e.file(), e.line(), e.column(), -1, -1);
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void results(JsonGenerator g, List<Finding> findings, List<RuleMeta> rules, ReportContext ctx)
            throws IOException {
        List<String> codes = rules.stream().map(RuleMeta::code).toList();
        Fingerprints fingerprints = new Fingerprints();
        g.writeArrayFieldStart("results");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.rule().code());
            g.writeNumberField("ruleIndex", codes.indexOf(f.rule().code()));
            g.writeStringField("level", level(f.severity()));
            text(g, "message", f.message());
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            var s = f.span();
            physicalLocation(g, f.file(), s.startLine(), s.startColumn(), s.endLine(), s.endColumn());
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("partialFingerprints");
            g.writeStringField(FINGERPRINT_KEY, fingerprints.of(f, ctx));
            g.writeEndObject();
            if (!f.fixes().isEmpty()) fixes(g, f);
            Optional<dev.imgslim.rules.SizeSaving> measured = ctx.measured().apply(f);
            if (f.savings() != null || measured.isPresent()) {
                g.writeObjectFieldStart("properties");
                SavingsJson.fields(g, f, measured);
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The finding's fixes as SARIF {@code fixes[].artifactChanges}: each edit a replacement whose deleted
     * region is given by {@code charOffset}/{@code charLength} (UTF-16 code units into the file, as the
     * edits count), so a viewer can show or apply exactly what {@code imgslim fix} would.
     */
    private static void fixes(JsonGenerator g, Finding f) throws IOException {
        g.writeArrayFieldStart("fixes");
        for (dev.imgslim.rules.Fix fix : f.fixes()) {
            g.writeStartObject();
            text(g, "description", fix.description());
            g.writeArrayFieldStart("artifactChanges");
            g.writeStartObject();
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", SarifUris.uri(f.file()));
            if (!SarifUris.isAbsolute(f.file())) g.writeStringField("uriBaseId", SarifUris.SRCROOT);
            g.writeEndObject();
            g.writeArrayFieldStart("replacements");
            for (dev.imgslim.rules.TextEdit e : fix.edits()) {
                g.writeStartObject();
                g.writeObjectFieldStart("deletedRegion");
                g.writeNumberField("charOffset", e.start());
                g.writeNumberField("charLength", e.end() - e.start());
                g.writeEndObject();
                if (!e.text().isEmpty()) text(g, "insertedContent", e.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeStringField("safety", fix.safety().label()); // "unsafe": applied only by imgslim fix --unsafe
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** endLine/endColumn below 1 are left out (file errors know only where they start). */
    private static void physicalLocation(JsonGenerator g, String file, int line, int column, int endLine, int endColumn)
            throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", SarifUris.uri(file));
        if (!SarifUris.isAbsolute(file)) g.writeStringField("uriBaseId", SarifUris.SRCROOT);
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, line));
        g.writeNumberField("startColumn", Math.max(1, column));
        if (endLine >= 1) g.writeNumberField("endLine", Math.max(endLine, line));
        // A same-line end before the start would make GitHub reject the whole upload.
        if (endColumn >= 1 && (endLine > line || endColumn >= column)) g.writeNumberField("endColumn", endColumn);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "note";
        };
    }
}
