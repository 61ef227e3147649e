package dev.imgslim.lint;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.Stage;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code --target} must name a stage of the file, as docker build requires; else nothing would be built. */
public final class TargetCheck {
    private TargetCheck() {}

    /** Empty when {@code target} is null or names a stage; else the message to show. */
    public static Optional<String> require(BuildModel model, String target) {
        if (target == null || model.stage(target).isPresent()) return Optional.empty();
        String stages = model.stages().stream().map(Stage::label).collect(Collectors.joining(", "));
        return Optional.of("no stage named '" + Printable.clean(target) + "' (stages: " + stages + ")");
    }
}
