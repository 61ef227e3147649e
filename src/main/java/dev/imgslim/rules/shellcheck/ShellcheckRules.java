package dev.imgslim.rules.shellcheck;

import dev.imgslim.rules.Rule;
import java.util.List;

/** The ShellCheck bridge (IS700); its findings carry ShellCheck's own SC codes. */
public final class ShellcheckRules {
    private ShellcheckRules() {}

    public static List<Rule> all() {
        return List.of(new ShellcheckRule());
    }
}
