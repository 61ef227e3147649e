package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.DockerfileParser;
import java.util.List;

/** Lints Dockerfile text with the BuildKit checks only. */
final class BuildKitLint {
    private BuildKitLint() {}

    static List<Finding> lint(String text) {
        try {
            return new LintEngine(BuiltinRules.family("buildkit"))
                    .lint(new DockerfileParser().parse("Dockerfile", text), LintOptions.defaults());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> described(String text) {
        return lint(text).stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.rule().name() + ": " + f.message())
                .toList();
    }

    static List<String> names(String text) {
        return lint(text).stream().map(f -> f.line() + " " + f.rule().name()).toList();
    }
}
