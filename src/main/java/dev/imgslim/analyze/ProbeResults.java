package dev.imgslim.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imgslim.probe.ImageMeasurement;
import dev.imgslim.probe.ProbeReport;
import java.util.List;

/**
 * {@code analyze --probe}: the probe's figures for each shipped base and its candidates, as the JSON
 * report's {@code probe} array and the HTML page's candidate chart. Compressed bytes (the registry
 * manifest: what a pull downloads) and on-disk bytes (the engine, after {@code --pull}) stay two fields
 * and two charts: they are never put on one scale.
 */
public final class ProbeResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbeResults() {}

    /** One probe run: the stage whose base it measured and the report. */
    public record Run(String stage, ProbeReport report) {}

    static ArrayNode tree(List<Run> runs) {
        ArrayNode out = JSON.createArrayNode();
        for (Run run : runs) {
            for (ImageMeasurement m : run.report().all()) {
                ObjectNode n = out.addObject();
                n.put("stage", run.stage());
                n.put("image", m.image());
                n.put("role", isBase(run, m) ? "base" : "candidate");
                if (m.compressedBytes() != null) n.put("compressedBytes", m.compressedBytes());
                if (m.layers() != null) n.put("layers", m.layers());
                if (m.onDiskBytes() != null) n.put("onDiskBytes", m.onDiskBytes());
                if (m.platform() != null) n.put("platform", m.platform());
                ArrayNode errors = n.putArray("errors");
                m.errors().forEach(errors::add);
            }
        }
        return out;
    }

    /** The base is the very measurement the report names as its base (the same image may also be a candidate). */
    @SuppressWarnings("ReferenceEquality")
    private static boolean isBase(Run run, ImageMeasurement m) {
        return m == run.report().base();
    }
}
