package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.hadolint.CdInRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule table ({@code rules.txt}) and the registry ({@link BuiltinRules}) say the same: every line
 * names a registered class, every registered class has a line, in the same order, and no code, name or
 * alias names two rules.
 */
class RuleTableTest {
    private static final String PACKAGE = "dev.imgslim.rules.";

    private static List<String> tableClasses() {
        return RuleTable.get().rows().stream().map(r -> PACKAGE + r.className()).toList();
    }

    private static List<String> registeredClasses() {
        return BuiltinRules.all().stream().map(r -> r.getClass().getName()).toList();
    }

    @Test
    void everyLineNamesARegisteredClass() {
        assertThat(registeredClasses()).containsAll(tableClasses());
    }

    @Test
    void everyRegisteredClassHasALineInTheSameOrder() {
        assertThat(tableClasses()).containsExactlyElementsOf(registeredClasses());
    }

    @Test
    void aRuleGetsTheMetaOfItsOwnLine() {
        for (Rule r : BuiltinRules.all()) {
            assertThat(r.meta()).isSameAs(RuleTable.get().rowOf(r.getClass()).meta());
        }
        RuleMeta cd = new CdInRun().meta();
        assertThat(cd.code()).isEqualTo("IS602");
        assertThat(cd.name()).isEqualTo("cd-in-run");
        assertThat(cd.severity()).isEqualTo(Severity.WARNING);
        assertThat(cd.category()).isEqualTo(Category.STYLE);
        assertThat(cd.aliases()).containsExactly("DL3003");
        assertThat(cd.summary()).isEqualTo("Use WORKDIR to switch to a directory");
        assertThat(cd.fix()).isNull();
        assertThat(cd.offByDefault()).isFalse();
    }

    @Test
    void noCodeNameOrAliasNamesTwoRules() {
        Map<String, List<String>> rulesById = new HashMap<>();
        for (RuleTable.Row row : RuleTable.get().rows()) {
            RuleMeta m = row.meta();
            List<String> ids = new ArrayList<>(List.of(m.code(), m.name()));
            ids.addAll(m.aliases());
            for (String id : ids)
                rulesById
                        .computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(m.code());
        }
        rulesById.forEach((id, codes) -> assertThat(codes).as(id).hasSize(1));
        assertThat(rulesById).hasSizeGreaterThan(2 * RuleTable.get().rows().size());
    }

    @Test
    void aLineReadsIntoEveryField() {
        RuleTable.Row row = RuleTable.parse(
                "IS999  some-rule  error  security  off  unsafe  size.Some  DL1234,SomeCheck  does x; then y");
        assertThat(row.className()).isEqualTo("size.Some");
        RuleMeta m = row.meta();
        assertThat(m)
                .isEqualTo(new RuleMeta(
                        "IS999",
                        "some-rule",
                        Severity.ERROR,
                        Category.SECURITY,
                        "does x; then y",
                        List.of("DL1234", "SomeCheck"),
                        Fix.Safety.UNSAFE,
                        true));
    }

    @Test
    void aBrokenLineSaysWhichLine() {
        assertThatThrownBy(() -> RuleTable.parse("IS999 some-rule error security"))
                .hasMessageContaining("IS999 some-rule error security");
        assertThatThrownBy(() -> RuleTable.parse("IS999 some-rule error security maybe - size.Some - a summary"))
                .hasMessageContaining("on or off");
    }

    @Test
    void columnsSplitAsTheRegularExpressionDid() throws Exception {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile(" +");
        byte[] bytes = dev.imgslim.catalog.BundledFiles.read("dev/imgslim/rules/rules.txt");
        List<String> lines = new ArrayList<>(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList());
        assertThat(lines).hasSizeGreaterThan(90);
        lines.addAll(List.of(
                "a", "a b", "a  b   c", "1 2 3 4 5 6 7 8 9 10  11", "x 2 3 4 5 6 7 8   the rest,  with  spaces"));
        for (String line : lines) assertThat(RuleTable.columns(line)).as(line).containsExactly(spaces.split(line, 9));
    }
}
