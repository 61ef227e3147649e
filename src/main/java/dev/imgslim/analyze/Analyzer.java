package dev.imgslim.analyze;

import dev.imgslim.build.BuildModel;
import dev.imgslim.rules.Finding;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ties a measured image to its Dockerfile's lines and lint findings. */
public final class Analyzer {

    private Analyzer() {}

    /**
     * Analyses one image's layers against its Dockerfile.
     *
     * @param model      the Dockerfile's build model, or null to report layers only
     * @param findings   lint findings on that Dockerfile (empty when there is none)
     * @param baseLayers the base image's layer count when known, else -1
     */
    public static Analysis analyze(
            ImageLayers image,
            BuildModel model,
            String dockerfile,
            List<Finding> findings,
            String baseImage,
            int baseLayers) {
        List<ImageConfig.HistoryEntry> history = image.config().history();
        // history index -> layer index (non-empty entries in order); only trusted when the counts agree
        int[] layerOf = new int[history.size()];
        boolean historyAddsUp =
                !image.config().layerSteps().isEmpty() || image.layers().isEmpty();
        int next = 0;
        for (int i = 0; i < history.size(); i++) layerOf[i] = history.get(i).emptyLayer() ? -1 : next++;

        List<Analysis.Line> lines = new ArrayList<>();
        List<Analysis.Unmatched> unmatched = new ArrayList<>();
        int baseEndLayer;
        if (model != null && historyAddsUp) {
            List<Instruction> chain = InstructionMatcher.chain(model.finalStage());
            InstructionMatcher.Match match = InstructionMatcher.match(history, chain, baseLayers);
            baseEndLayer = 0;
            for (int i = 0; i < match.baseEnd(); i++) if (layerOf[i] >= 0) baseEndLayer = layerOf[i] + 1;
            for (int i = match.baseEnd(); i < history.size(); i++) {
                Instruction ins = match.matched().get(i);
                int layer = layerOf[i];
                LayerFigures fig = layer >= 0 ? image.layers().get(layer) : null;
                if (ins != null) {
                    lines.add(new Analysis.Line(ins, layer, fig));
                } else if (layer >= 0) {
                    unmatched.add(new Analysis.Unmatched(layer, history.get(i).createdBy(), fig));
                }
            }
        } else {
            // no Dockerfile (or a history that does not add up): every layer is reported as it is
            baseEndLayer = baseLayers >= 0 ? Math.min(baseLayers, image.layers().size()) : 0;
            List<ImageConfig.HistoryEntry> steps = image.config().layerSteps();
            for (int k = baseEndLayer; k < image.layers().size(); k++) {
                unmatched.add(new Analysis.Unmatched(
                        k,
                        steps.isEmpty() ? "" : steps.get(k).createdBy(),
                        image.layers().get(k)));
            }
        }
        long baseSize = 0;
        long baseWasted = 0;
        long baseCompressed = 0;
        for (int k = 0; k < baseEndLayer; k++) {
            LayerFigures l = image.layers().get(k);
            baseSize += l.sizeBytes();
            baseWasted += l.wastedBytes();
            baseCompressed = baseCompressed < 0 || l.compressedBytes() < 0 ? -1 : baseCompressed + l.compressedBytes();
        }
        lines.sort(Comparator.comparingInt(Analysis.Line::line));

        Map<Integer, Analysis.Line> byLine = new HashMap<>();
        for (Analysis.Line l : lines) byLine.put(l.line(), l);
        List<Analysis.MeasuredFinding> measured = new ArrayList<>();
        for (Finding f : findings) {
            Analysis.Line l = byLine.get(f.line());
            Measured m = l == null
                    ? null
                    : FindingMeasurer.measure(f, image, l.layer()).orElse(null);
            measured.add(new Analysis.MeasuredFinding(f, m));
        }
        Analysis.Base base = new Analysis.Base(baseImage, baseEndLayer, baseSize, baseWasted, baseCompressed);
        return new Analysis(dockerfile, image, base, List.copyOf(lines), List.copyOf(unmatched), List.copyOf(measured));
    }
}
