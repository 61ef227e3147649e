package dev.imgslim.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every built-in rule, listed explicitly: no classpath scanning, which keeps start-up fast and makes
 * the set reviewable in one screen.
 */
public final class BuiltinRules {
    private BuiltinRules() {}

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(SizeRules.all());
        rules.addAll(CorrectnessRules.all());
        return Collections.unmodifiableList(rules);
    }

    public static Rule find(String id) {
        for (Rule r : all()) if (r.meta().isNamed(id)) return r;
        return null;
    }
}
