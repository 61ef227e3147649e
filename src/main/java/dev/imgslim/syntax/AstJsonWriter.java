package dev.imgslim.syntax;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/** Writes imgslim's own AST as JSON (the shape is documented in the README). */
public final class AstJsonWriter {
    private AstJsonWriter() {}

    public static void write(Dockerfile file, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", file.path());
            g.writeStringField("escape", String.valueOf(file.escape()));
            g.writeArrayFieldStart("directives");
            for (Directive d : file.directives()) {
                g.writeStartObject();
                g.writeStringField("name", d.name());
                g.writeStringField("value", d.value());
                g.writeNumberField("line", d.line());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("instructions");
            for (Instruction ins : file.instructions()) instruction(g, ins);
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (ParseWarning w : file.warnings()) {
                g.writeStartObject();
                g.writeStringField("rule", w.rule());
                g.writeStringField("message", w.message());
                span(g, w.span());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void instruction(JsonGenerator g, Instruction ins) throws IOException {
        g.writeStartObject();
        g.writeStringField("keyword", ins.command());
        g.writeStringField("form", ins.isJson() ? "json" : "shell");
        g.writeArrayFieldStart("flags");
        for (Flag f : ins.flags()) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            if (f.value() != null) g.writeStringField("value", f.value());
            if (f.name().equals("mount") && f.value() != null) {
                g.writeObjectFieldStart("mount");
                for (var e : Mount.parse(f.value()).options().entrySet()) g.writeStringField(e.getKey(), e.getValue());
                g.writeEndObject();
            }
            span(g, f.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("args");
        for (String a : ins.args()) g.writeString(a);
        g.writeEndArray();
        g.writeArrayFieldStart("argSpans");
        for (Word w : ins.argWords()) span(g, null, w.span());
        g.writeEndArray();
        if (ins.subInstruction() != null) {
            g.writeFieldName("trigger");
            instruction(g, ins.subInstruction());
        }
        g.writeArrayFieldStart("heredocs");
        for (Heredoc h : ins.heredocs()) {
            g.writeStartObject();
            g.writeStringField("name", h.name());
            g.writeBooleanField("expand", h.expand());
            g.writeBooleanField("chomp", h.chomp());
            g.writeNumberField("fileDescriptor", h.fileDescriptor());
            g.writeStringField("content", h.content());
            g.writeEndObject();
        }
        g.writeEndArray();
        span(g, ins.span());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        span(g, "span", s);
    }

    /** A span object, as field {@code name} or (name null) as an array element. */
    private static void span(JsonGenerator g, String name, Span s) throws IOException {
        if (name == null) g.writeStartObject();
        else g.writeObjectFieldStart(name);
        g.writeNumberField("startLine", s.startLine());
        g.writeNumberField("startColumn", s.startColumn());
        g.writeNumberField("endLine", s.endLine());
        g.writeNumberField("endColumn", s.endColumn());
        g.writeEndObject();
    }
}
