package dev.imgslim.rules;

import dev.imgslim.rules.base.BaseImageRules;
import dev.imgslim.rules.buildkit.BuildKitChecks;
import dev.imgslim.rules.context.ContextRules;
import dev.imgslim.rules.hadolint.HadolintRules;
import dev.imgslim.rules.input.InputRules;
import dev.imgslim.rules.size.LayerRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every built-in rule, listed explicitly: no classpath scanning, which keeps start-up fast and makes
 * the set reviewable. Each family keeps its own list.
 */
public final class BuiltinRules {
    private static List<Rule> all;

    private BuiltinRules() {}

    public static synchronized List<Rule> all() {
        if (all == null) {
            List<Rule> rules = new ArrayList<>();
            rules.addAll(BaseImageRules.all());
            rules.addAll(LayerRules.all());
            rules.addAll(ContextRules.all());
            rules.addAll(BuildKitChecks.all());
            rules.addAll(HadolintRules.all());
            rules.addAll(InputRules.all());
            rules.addAll(dev.imgslim.rules.shellcheck.ShellcheckRules.all());
            all = Collections.unmodifiableList(rules);
        }
        return all;
    }

    /** The size rules (category SIZE). */
    public static List<Rule> sizeRules() {
        return all().stream().filter(r -> r.meta().category() == Category.SIZE).toList();
    }

    public static Rule find(String id) {
        for (Rule r : all()) if (r.meta().isNamed(id)) return r;
        return null;
    }
}
