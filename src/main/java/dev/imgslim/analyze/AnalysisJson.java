package dev.imgslim.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imgslim.rules.Finding;
import java.util.List;

/**
 * The analysis as one JSON object (the {@code json} format, and the data the HTML page draws).
 * Byte figures are uncompressed file content unless the key says {@code compressed}; each finding
 * keeps the lint estimate ({@code savingsBytes}, {@code savingsSource}) and adds {@code measuredBytes}
 * with {@code measuredBasis} where the image shows the cost.
 */
public final class AnalysisJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {}

    public static String write(Analysis a, List<GateResult> gates) {
        return write(a, gates, List.of());
    }

    /** With {@code --probe}: the candidate bases' figures ({@code probes}), written as the top-level array "probe". */
    public static String write(Analysis a, List<GateResult> gates, List<ProbeResults.Run> probes) {
        try {
            ObjectNode root = tree(a, gates);
            if (!probes.isEmpty()) root.set("probe", ProbeResults.tree(probes));
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Analysis a, List<GateResult> gates) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("image", a.image().reference());
        root.put("source", a.image().source());
        if (a.dockerfile() != null) root.put("dockerfile", a.dockerfile());
        ObjectNode totals = root.putObject("image_totals");
        totals.put("sizeBytes", a.sizeBytes());
        long compressed = a.image().compressedBytes();
        if (compressed >= 0) totals.put("compressedBytes", compressed);
        totals.put("layerBytes", a.image().totalLayerBytes());
        totals.put("wastedBytes", a.wastedBytes());
        totals.put("userWastedPercent", round(a.userWastedPercent()));
        totals.put("efficiency", round4(a.image().efficiency()));
        totals.put("layers", a.image().layers().size());
        ObjectNode base = root.putObject("base");
        if (a.base().image() != null) base.put("image", a.base().image());
        base.put("layers", a.base().layers());
        base.put("sizeBytes", a.base().sizeBytes());
        base.put("wastedBytes", a.base().wastedBytes());
        if (a.base().compressedBytes() >= 0 && a.base().layers() > 0)
            base.put("compressedBytes", a.base().compressedBytes());
        ArrayNode lines = root.putArray("lines");
        for (Analysis.Line l : a.lines()) {
            ObjectNode n = lines.addObject();
            n.put("line", l.line());
            n.put("endLine", l.instruction().span().endLine());
            n.put("instruction", firstLine(l.instruction().original()));
            n.put("layer", l.layer());
            layer(n, l.figures());
            ArrayNode fs = n.putArray("findings");
            for (Analysis.MeasuredFinding mf : a.findings()) {
                if (mf.finding().line() == l.line()) finding(fs.addObject(), mf);
            }
        }
        ArrayNode unmatched = root.putArray("unmatchedLayers");
        for (Analysis.Unmatched u : a.unmatched()) {
            ObjectNode n = unmatched.addObject();
            n.put("layer", u.layer());
            n.put("createdBy", u.createdBy());
            layer(n, u.figures());
        }
        ArrayNode all = root.putArray("findings");
        for (Analysis.MeasuredFinding mf : a.findings()) finding(all.addObject(), mf);
        if (gates != null) {
            ArrayNode g = root.putArray("gates");
            for (GateResult r : gates) {
                ObjectNode n = g.addObject();
                n.put("gate", r.gate());
                n.put("limit", r.limit());
                n.put("actual", r.actual());
                n.put("passed", r.passed());
                n.put("message", r.message());
            }
        }
        return root;
    }

    private static void layer(ObjectNode n, LayerFigures f) {
        if (f == null) {
            n.put("sizeBytes", 0);
            n.put("wastedBytes", 0);
            return;
        }
        n.put("sizeBytes", f.sizeBytes());
        if (f.compressedBytes() >= 0) n.put("compressedBytes", f.compressedBytes());
        n.put("wastedBytes", f.wastedBytes());
        n.put("deletedBelowBytes", f.deletedBytes());
        n.put("overwrittenBelowBytes", f.overwrittenBytes());
        n.put("duplicatedBytes", f.duplicatedBytes());
        n.put("filesAdded", f.added());
        n.put("filesChanged", f.changed());
        n.put("filesRemoved", f.removed());
        ArrayNode files = n.putArray("biggestFiles");
        for (LayerFigures.PathBytes p : f.biggestFiles())
            files.addObject().put("path", p.path()).put("bytes", p.bytes());
        ArrayNode folders = n.putArray("biggestFolders");
        for (LayerFigures.PathBytes p : f.biggestFolders())
            folders.addObject().put("path", p.path()).put("bytes", p.bytes());
    }

    static void finding(ObjectNode n, Analysis.MeasuredFinding mf) {
        Finding f = mf.finding();
        n.put("code", f.rule().code());
        n.put("name", f.rule().name());
        n.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
        n.put("line", f.line());
        n.put("column", f.column());
        n.put("message", f.message());
        if (f.savings() != null) {
            n.put("savingsBytes", f.savings().bytes());
            n.put("savingsCompressed", f.savings().compressed());
            if (f.savings().source() != null) n.put("savingsSource", f.savings().source());
            if (f.savings().basis() != null) n.put("savingsBasis", f.savings().basis());
        }
        if (mf.measured() != null) {
            n.put("measuredBytes", mf.measured().bytes());
            n.put("measuredBasis", mf.measured().basis());
        }
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
