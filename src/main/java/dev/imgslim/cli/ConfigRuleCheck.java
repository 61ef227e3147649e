package dev.imgslim.cli;

import dev.imgslim.config.Config;
import dev.imgslim.config.Position;
import dev.imgslim.lint.RuleNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule ids in {@code .imgslim.yaml} that name no rule: a warning each, at the entry's line and column.
 * Not an error, so a config shared between imgslim versions (a rule added or renamed) keeps working.
 */
final class ConfigRuleCheck {
    private ConfigRuleCheck() {}

    static List<String> warnings(Config config, RuleNames names) {
        if (config.source() == null) return List.of();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < config.ignore().size(); i++) {
            String id = config.ignore().get(i);
            // entries added by --ignore have no position and were checked as flags
            config.position("ignore[" + i + "]")
                    .filter(p -> !names.isKnown(id))
                    .ifPresent(p -> out.add(warning(config, p, "ignore: " + names.unknownMessage(id))));
        }
        for (int i = 0; i < config.enable().size(); i++) {
            String id = config.enable().get(i);
            // entries added by --enable have no position and were checked as flags
            config.position("enable[" + i + "]")
                    .filter(p -> !names.isKnown(id))
                    .ifPresent(p -> out.add(warning(config, p, "enable: " + names.unknownMessage(id))));
        }
        for (String id : config.severity().keySet()) {
            config.position("severity." + id + "#key")
                    .filter(p -> !names.isKnown(id))
                    .ifPresent(p -> out.add(warning(config, p, "severity: " + names.unknownMessage(id))));
        }
        return out;
    }

    private static String warning(Config config, Position at, String message) {
        return config.source() + ":" + at + ": warning: " + message;
    }
}
