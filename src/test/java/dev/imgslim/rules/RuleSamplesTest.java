package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has {@code samples/<name>/bad.Dockerfile} (fires exactly where marked) and
 * {@code samples/<name>/good.Dockerfile} (its good twin: quiet), and a page {@code rules/<name>.md}.
 */
class RuleSamplesTest {

    @TestFactory
    Stream<DynamicTest> badSamplesFireExactlyWhereMarked() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BuiltinRules.all()) {
            Path bad = MarkedSample.samples().resolve(rule.meta().name()).resolve("bad.Dockerfile");
            tests.add(DynamicTest.dynamicTest(rule.meta().name() + " bad", () -> {
                if (rule.meta().name().equals("shellcheck")) dev.imgslim.rules.shellcheck.ShellcheckInstalled.require();
                assertThat(bad).as("sample for %s", rule.meta().name()).exists();
                MarkedSample sample = MarkedSample.load(bad);
                assertThat(sample.expected(Set.of(rule.meta().name())))
                        .as("markers in %s", bad)
                        .isNotEmpty();
                sample.verify(List.of(rule));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> goodTwinsAreQuiet() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BuiltinRules.all()) {
            Path good = MarkedSample.samples().resolve(rule.meta().name()).resolve("good.Dockerfile");
            tests.add(DynamicTest.dynamicTest(rule.meta().name() + " good", () -> {
                assertThat(good).as("good twin for %s", rule.meta().name()).exists();
                MarkedSample sample = MarkedSample.load(good);
                List<Finding> findings = sample.lint(List.of(rule));
                assertThat(findings)
                        .as("%s on its good twin %s: %s", rule.meta().name(), good, MarkedSample.describe(findings))
                        .isEmpty();
            }));
        }
        return tests.stream();
    }

    @Test
    void goodTwinsOfSizeRulesYieldNoSizeFinding() throws Exception {
        List<Rule> sizeRules = BuiltinRules.sizeRules();
        for (Rule rule : sizeRules) {
            Path good = MarkedSample.samples().resolve(rule.meta().name()).resolve("good.Dockerfile");
            if (!Files.exists(good)) continue;
            List<Finding> findings = MarkedSample.load(good).lint(sizeRules);
            assertThat(findings)
                    .as("size findings on %s: %s", good, MarkedSample.describe(findings))
                    .isEmpty();
        }
    }

    @Test
    void everyRuleHasAPageAndUniqueIds() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : BuiltinRules.all()) {
            RuleMeta m = rule.meta();
            assertThat(Path.of("rules", m.name() + ".md"))
                    .as("page for %s", m.name())
                    .exists();
            assertThat(m.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(m.code()).matches("IS\\d{3}");
            assertThat(m.summary()).doesNotEndWith(".");
            assertThat(ids.add(m.code())).as("unique code %s", m.code()).isTrue();
            assertThat(ids.add(m.name())).as("unique name %s", m.name()).isTrue();
        }
    }

    @Test
    void everyPageHasARule() throws Exception {
        try (var pages = Files.list(Path.of("rules"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".md")).toList()) {
                String name = p.getFileName().toString().replace(".md", "");
                if (name.equals("README")) continue;
                assertThat(BuiltinRules.find(name)).as("rule for page %s", p).isPresent();
            }
        }
    }
}
