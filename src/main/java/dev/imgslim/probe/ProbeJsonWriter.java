package dev.imgslim.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The report as JSON for scripts and CI. The shape is built by hand, not by reflection, so it
 * stays stable when records grow: every image object has every key (null when not measured),
 * byte counts are exact integers, times are in the unit their key names.
 */
public final class ProbeJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(ProbeReport report, Writer out) {
        try {
            JSON.writeValue(new NonClosing(out), toJson(report));
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toJson(ProbeReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("platform", report.platform());
        root.set("base", report.base() == null ? null : image(report.base()));
        ArrayNode candidates = root.putArray("candidates");
        for (int i = 0; i < report.candidates().size(); i++) {
            ObjectNode c = image(report.candidates().get(i));
            c.set(
                    "verdict",
                    report.verdicts().isEmpty()
                            ? null
                            : verdict(report.verdicts().get(i)));
            candidates.add(c);
        }
        root.put("best", report.best().map(Verdict::candidate).orElse(null));
        strings(root.putArray("notes"), report.notes());
        strings(root.putArray("errors"), report.errors());
        root.put("exitCode", report.exitCode());
        return root;
    }

    private static ObjectNode image(ImageMeasurement m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("image", m.image());
        o.put("repository", m.repository());
        o.put("tag", m.tag());
        o.put("digest", m.digest());
        o.put("platform", m.platform());
        o.put("compressedBytes", m.compressedBytes());
        o.put("layers", m.layers());
        o.put("onDiskBytes", m.onDiskBytes());
        o.put("diskLayers", m.diskLayers());
        o.put("pullSeconds", m.pullSeconds());
        if (m.coldStart() == null) {
            o.putNull("coldStart");
        } else {
            ObjectNode cs = o.putObject("coldStart");
            ArrayNode runs = cs.putArray("runsMs");
            m.coldStart().runsMs().forEach(runs::add);
            cs.put("medianMs", m.coldStart().medianMs());
            cs.put("minMs", m.coldStart().minMs());
            cs.put("maxMs", m.coldStart().maxMs());
            cs.put("exitCode", m.coldStart().exitCode());
        }
        if (m.lacks() == null) o.putNull("lacks");
        else strings(o.putArray("lacks"), m.lacks());
        o.put("fit", m.fit());
        strings(o.putArray("errors"), m.errors());
        return o;
    }

    private static ObjectNode verdict(Verdict v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("compressedBytesSaved", v.compressedBytesSaved());
        o.put("compressedPercentSaved", v.compressedPercentSaved());
        o.put("onDiskBytesSaved", v.onDiskBytesSaved());
        o.put("onDiskPercentSaved", v.onDiskPercentSaved());
        o.put("fit", v.fit());
        return o;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Jackson closes the target after writeValue; the caller owns the writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
