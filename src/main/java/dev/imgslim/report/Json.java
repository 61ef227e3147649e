package dev.imgslim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The streaming generator the JSON formats share. Streaming keeps Jackson's databind (and its start-up
 * cost) off the lint path. Output is pretty-printed with {@code \n} on every platform so goldens and
 * diffs are stable; non-ASCII text is written as characters, left to the writer's UTF-8.
 */
final class Json {
    private Json() {}

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the CLI owns stdout
            .build();

    static JsonGenerator generator(PrintWriter out) {
        try {
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(indent)
                    .withArrayIndenter(indent);
            return FACTORY.createGenerator(out).setPrettyPrinter(pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the generator (flushing it into {@code out}) and ends the document with a newline. */
    static void finish(JsonGenerator g, PrintWriter out) throws IOException {
        g.close();
        out.print("\n");
        out.flush();
    }

    /** Reporters write to a PrintWriter, which swallows I/O errors; Jackson's checked ones are rethrown unchecked. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static void write(PrintWriter out, Body body) {
        JsonGenerator g = generator(out);
        unchecked(() -> {
            body.write(g);
            finish(g, out);
        });
    }

    /** A step of a report that writes JSON. */
    interface Step {
        void run() throws IOException;
    }

    /** Runs a step, Jackson's checked I/O errors rethrown unchecked (as {@link #write} does). */
    static void unchecked(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
