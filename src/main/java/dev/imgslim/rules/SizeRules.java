package dev.imgslim.rules;

import java.util.List;

/** The size rules (codes IS1xx-IS3xx), in code order. */
final class SizeRules {
    private SizeRules() {}

    static List<Rule> all() {
        return List.of();
    }
}
