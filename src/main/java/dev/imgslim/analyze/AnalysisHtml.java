package dev.imgslim.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imgslim.syntax.Dockerfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code --format html}: one self-contained page (no network: styles, script and data inline) with
 * the Dockerfile beside a bar per line, wasted bytes in red, findings under their lines, and with
 * {@code --probe} the candidate bases as bars. The data is the JSON report, embedded so the page and
 * {@code --format json} never disagree.
 */
public final class AnalysisHtml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisHtml() {}

    public static String write(Analysis a, List<GateResult> gates, Dockerfile df) {
        return write(a, gates, df, List.of());
    }

    /** With {@code --probe}: the candidate bases as a bar chart (compressed and on-disk bytes apart). */
    public static String write(Analysis a, List<GateResult> gates, Dockerfile df, List<ProbeResults.Run> probes) {
        ObjectNode data = JSON.createObjectNode();
        data.set("analysis", AnalysisJson.tree(a, gates));
        if (!probes.isEmpty()) data.set("probe", ProbeResults.tree(probes));
        ArrayNode source = data.putArray("source");
        if (df != null) {
            String text = df.source().text();
            for (String line : text.split("\\R", -1)) source.add(line);
            if (text.endsWith("\n")) source.remove(source.size() - 1);
        }
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // inside <script>, "</script" or "<!--" in a Dockerfile would end or confuse the element:
        // '<' only occurs inside JSON strings, where its \\u escape means the same
        json = json.replace("<", "\\u003c");
        return template().replace("/*DATA*/", json);
    }

    private static String template() {
        try (InputStream in = AnalysisHtml.class.getResourceAsStream("/imgslim/analyze/report.html")) {
            if (in == null) throw new IllegalStateException("report.html missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
