package dev.imgslim.rules.base;

import dev.imgslim.config.Config;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.DockerfileParser;
import java.util.List;
import java.util.Map;

/** Lints Dockerfile text with the base-image rules only. */
final class Lint {
    private Lint() {}

    static List<Finding> run(String text) {
        return run(text, Config.defaults(), Map.of());
    }

    static List<Finding> run(String text, Config config, Map<String, String> buildArgs) {
        dev.imgslim.syntax.Dockerfile df;
        try {
            df = new DockerfileParser().parse("Dockerfile", text);
        } catch (dev.imgslim.syntax.DockerfileParseException e) {
            throw new IllegalArgumentException(e);
        }
        return new LintEngine(BuiltinRules.family("base"))
                .lint(df, new LintOptions(config, buildArgs, null, null, null));
    }

    static String describe(List<Finding> fs) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : fs)
            sb.append(f.line())
                    .append(':')
                    .append(f.column())
                    .append(' ')
                    .append(f.rule().code())
                    .append(' ')
                    .append(f.message())
                    .append(f.savings() == null ? "" : " [" + f.savings() + "]")
                    .append('\n');
        return sb.toString();
    }
}
