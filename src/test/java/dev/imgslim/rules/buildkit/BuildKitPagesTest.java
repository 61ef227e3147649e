package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Output line of each page is what linting the page's Bad example prints (plain format). */
class BuildKitPagesTest {
    private static final Pattern OUTPUT = Pattern.compile("## Output\n\n```\n(.*?)\n```", Pattern.DOTALL);
    private static final Pattern BAD = Pattern.compile("## Bad\n\n```dockerfile\n(.*?)\n```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> pageOutputMatchesItsBadExample() {
        return BuildKitChecks.all().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().name(), () -> check(rule)));
    }

    private static void check(Rule rule) throws Exception {
        String page = Files.readString(Path.of("rules", rule.meta().name() + ".md"));
        Matcher out = OUTPUT.matcher(page);
        Matcher bad = BAD.matcher(page);
        assertThat(out.find() && bad.find()).as("Output and Bad sections in %s", rule.meta().name()).isTrue();
        String printed = BuildKitLint.lint(bad.group(1) + "\n").stream()
                .filter(f -> f.rule() == rule.meta())
                .map(BuildKitPagesTest::plain).findFirst().orElse("(no finding)");
        assertThat(printed).isEqualTo(out.group(1));
    }

    private static String plain(Finding f) {
        return "Dockerfile:" + f.line() + ":" + f.column() + ": " + f.severity().label() + ": [" + f.rule().code() + " "
                + f.rule().name() + "] " + f.message();
    }
}
