package dev.imgslim.rules;

import java.util.List;

/** The correctness rule pack: BuildKit's build checks and hadolint's checks (codes IS5xx-IS8xx). */
final class CorrectnessRules {
    private CorrectnessRules() {}

    static List<Rule> all() {
        return List.of();
    }
}
