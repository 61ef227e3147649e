package dev.imgslim.rules.base;

import dev.imgslim.rules.Rule;
import java.util.List;

/** Size rules about base images and stages (IS1xx), in code order. */
public final class BaseImageRules {
    private BaseImageRules() {}

    public static List<Rule> all() {
        return List.of(new FatBaseVariant(), new BuildImageInFinalStage(), new MissingMultiStage());
    }
}
