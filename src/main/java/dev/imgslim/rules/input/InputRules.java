package dev.imgslim.rules.input;

import dev.imgslim.rules.Rule;
import java.util.List;

/** Rules about the Dockerfile as input to BuildKit itself (IS59x). */
public final class InputRules {
    private InputRules() {}

    public static List<Rule> all() {
        return List.of(new DirectiveOutOfPlace(), new IgnoreUnknownRule());
    }
}
