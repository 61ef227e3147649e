package dev.imgslim.analyze;

import dev.imgslim.build.BuildModel;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.syntax.Dockerfile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code lint --image}: the measured bytes of each finding in one built image, for every linted
 * Dockerfile (each is matched to the image's history on its own; a file the image was not built
 * from simply matches no layer and gets nothing).
 */
public final class FindingMeasurements {
    /** The measured bytes of each finding, as the saving the reporters show ({@code lint --image}). */
    public static Function<Finding, Optional<SizeSaving>> asSavings(Map<Finding, Measured> measured) {
        return f ->
                Optional.ofNullable(measured.get(f)).map(m -> new SizeSaving(m.bytes(), false, "measured", m.basis()));
    }

    private FindingMeasurements() {}

    public static Map<Finding, Measured> of(
            ImageLayers image,
            Map<String, Dockerfile> parsed,
            List<Finding> findings,
            Map<String, String> buildArgs,
            String target) {
        IdentityHashMap<Finding, Measured> out = new IdentityHashMap<>();
        for (Map.Entry<String, Dockerfile> e : parsed.entrySet()) {
            List<Finding> mine = new ArrayList<>();
            for (Finding f : findings) if (f.file().equals(e.getKey())) mine.add(f);
            if (mine.isEmpty()) continue;
            BuildModel model = BuildModel.of(e.getValue(), buildArgs, target);
            String base = model.finalStage().rootImage() == null
                    ? null
                    : model.finalStage().rootImage().original();
            Analysis a = Analyzer.analyze(image, model, e.getKey(), mine, base, -1);
            for (Analysis.MeasuredFinding mf : a.findings()) {
                if (mf.measured() != null) out.put(mf.finding(), mf.measured());
            }
        }
        return out;
    }
}
