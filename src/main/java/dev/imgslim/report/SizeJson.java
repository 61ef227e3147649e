package dev.imgslim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.imgslim.advice.SizeAdvice;
import dev.imgslim.advice.SizeReport;
import dev.imgslim.advice.SizeReport.Figure;
import dev.imgslim.advice.SizeReport.SavingItem;
import dev.imgslim.advice.SizeReport.StageSize;
import java.io.IOException;
import java.util.List;

/**
 * The {@code --size} advice as a JSON object, shared by the json ({@code "size"}) and sarif
 * ({@code runs[0].properties.imgslimSize}) formats:
 * {@code {"budgetBytes":…,"files":[{"file","stages":[…],"estimate":{…},"savings":[…],"total":{…},"budget":{…}}]}}.
 * Optional keys are left out rather than written as null.
 */
final class SizeJson {
    private SizeJson() {}

    static void write(JsonGenerator g, SizeAdvice advice) throws IOException {
        g.writeStartObject();
        if (advice.budgetBytes() != null) g.writeNumberField("budgetBytes", advice.budgetBytes());
        g.writeBooleanField("budgetExceeded", advice.budgetExceeded());
        g.writeArrayFieldStart("files");
        for (SizeReport r : advice.files()) file(g, r);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void file(JsonGenerator g, SizeReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeArrayFieldStart("stages");
        for (StageSize s : r.stages()) stage(g, s);
        g.writeEndArray();
        g.writeObjectFieldStart("estimate");
        g.writeBooleanField("known", r.estimate().known());
        if (r.estimate().rootImage() != null)
            g.writeStringField("rootImage", r.estimate().rootImage());
        figures(g, "lowerBound", r.estimate().figures());
        g.writeNumberField("knownAdditionsBytes", r.estimate().knownAdditionsBytes());
        g.writeStringField("note", r.estimate().note());
        g.writeEndObject();
        g.writeArrayFieldStart("savings");
        for (SavingItem s : r.savings()) {
            g.writeStartObject();
            g.writeStringField("code", s.code());
            g.writeStringField("name", s.name());
            g.writeNumberField("line", s.line());
            g.writeNumberField("column", s.column());
            g.writeNumberField("bytes", s.bytes());
            g.writeBooleanField("compressed", s.compressed());
            if (s.source() != null) g.writeStringField("source", s.source());
            if (s.basis() != null) g.writeStringField("basis", s.basis());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("total");
        g.writeNumberField("compressedBytes", r.totalCompressedBytes());
        g.writeNumberField("onDiskBytes", r.totalOnDiskBytes());
        g.writeEndObject();
        if (r.budget() != null) {
            g.writeObjectFieldStart("budget");
            g.writeNumberField("budgetBytes", r.budget().budgetBytes());
            if (r.budget().comparedBytes() != null)
                g.writeNumberField("comparedBytes", r.budget().comparedBytes());
            if (r.budget().kind() != null)
                g.writeStringField("comparedKind", r.budget().kind());
            g.writeBooleanField("exceeded", r.budget().exceeded());
            g.writeStringField("message", r.budget().text());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void stage(JsonGenerator g, StageSize s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", s.index());
        if (s.name() != null) g.writeStringField("name", s.name());
        g.writeStringField("base", s.base());
        if (s.resolved() != null) g.writeStringField("resolved", s.resolved());
        g.writeStringField("from", s.from());
        if (s.parent() != null) g.writeStringField("parent", s.parent());
        g.writeBooleanField("ships", s.ships());
        g.writeBooleanField("final", s.isFinal());
        if (s.family() != null) g.writeStringField("catalog", s.family());
        figures(g, "baseSizes", s.baseSizes());
        if (s.ships()) {
            g.writeObjectFieldStart("additions");
            g.writeNumberField("knownBytes", 0);
            g.writeArrayFieldStart("unmeasured");
            for (String u : s.unmeasured()) g.writeString(u);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void figures(JsonGenerator g, String field, List<Figure> figures) throws IOException {
        g.writeArrayFieldStart(field);
        for (Figure f : figures) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind());
            g.writeNumberField("bytes", f.bytes());
            g.writeStringField("measuredOn", f.measuredOn());
            g.writeBooleanField("exact", f.exact());
            if (f.source() != null) g.writeStringField("source", f.source());
            if (f.asOf() != null) g.writeStringField("asOf", f.asOf());
            g.writeBooleanField("uncertain", f.uncertain());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
