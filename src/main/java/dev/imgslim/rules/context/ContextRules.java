package dev.imgslim.rules.context;

import dev.imgslim.rules.Rule;
import java.util.List;

/** Size rules about the build context and .dockerignore (IS4xx), in code order. */
public final class ContextRules {
    private ContextRules() {}

    public static List<Rule> all() {
        return List.of(new DockerignoreMissing(), new CopyIgnoredFile(), new CopyFromUnfiltered());
    }
}
