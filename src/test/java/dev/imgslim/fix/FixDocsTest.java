package dev.imgslim.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each fixable rule's page has a "## Fix" section saying which kind its fix is; no other page promises one. */
class FixDocsTest {
    @Test
    void everyFixableRulePageNamesTheKindOfItsFix() throws Exception {
        for (Rule r : BuiltinRules.all()) {
            Path page = Path.of("rules", r.meta().name() + ".md");
            if (!Files.exists(page)) continue; // shellcheck codes share one page; the page test covers presence
            String text = Files.readString(page);
            int at = text.indexOf("\n## Fix\n");
            if (r.meta().fix() == null) {
                assertThat(at)
                        .as(page + " has a Fix section but the rule declares no fix")
                        .isNegative();
                continue;
            }
            assertThat(at).as(page + " needs a Fix section").isPositive();
            int end = text.indexOf("\n## ", at + 1);
            String section = text.substring(at, end < 0 ? text.length() : end);
            if (r.meta().fix() == Fix.Safety.SAFE)
                assertThat(section).as(page.toString()).contains("(a safe fix");
            else
                assertThat(section)
                        .as(page.toString())
                        .contains("imgslim fix --unsafe")
                        .contains("an unsafe fix");
        }
    }
}
