package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.cli.Main;
import dev.imgslim.rules.shellcheck.ShellcheckInstalled;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule pages cannot drift from the code. For every rule:
 * <ul>
 *   <li>the page's title and header line (code, severity, category, aliases) and its summary line are
 *       the rule's {@link RuleMeta};</li>
 *   <li>the page's "Output" block is exactly what {@code imgslim lint -f plain} prints for the page's
 *       "Bad" example (the lines of this rule, the file named {@code Dockerfile});</li>
 *   <li>every Dockerfile block under "Good" gets no finding of this rule.</li>
 * </ul>
 * An example runs the real CLI in a fresh folder that is its build context: the rule's sample folder's
 * context files ({@code samples/<name>/}, without its sample Dockerfiles), plus the page's
 * {@code dockerignore} block as {@code .dockerignore}, and as the config file the section's {@code yaml}
 * block, else the first {@code yaml} block of the page (the configuration the page documents).
 * <p>
 * After changing a message, regenerate the Output blocks and read the diff:
 * {@code mvn -B -q test -Dtest=RulePagesTest -Dimgslim.pages.write=true} (then {@code git diff rules/}).
 */
class RulePagesTest {
    private static final Path PAGES = Path.of("rules");
    private static final Path WORK = Path.of("target", "rule-pages");
    private static final boolean WRITE = Boolean.getBoolean("imgslim.pages.write");
    private static final Pattern ALIAS = Pattern.compile("\\bDL\\d{4}\\b|(?<=BuildKit )[A-Za-z]+");
    /** The shellcheck rule reports with ShellCheck's severity for each SC code; its page says so. */
    private static final String SHELLCHECK_SEVERITY = "ShellCheck's own, per code";

    @TestFactory
    Stream<DynamicTest> headerIsTheRulesMeta() {
        return BuiltinRules.all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.meta().name(), () -> {
                    RuleMeta m = rule.meta();
                    RulePage page = RulePage.read(pageOf(m));
                    assertThat(page.title())
                            .as("title of %s", page.path())
                            .isEqualTo("# " + m.name() + " (" + m.code() + ")");
                    String severity = m.name().equals("shellcheck")
                            ? SHELLCHECK_SEVERITY
                            : m.severity().label();
                    String expected = "**Severity:** " + severity + " · **Category:** "
                            + m.category().name().toLowerCase(Locale.ROOT);
                    assertThat(page.header()).as("header of %s", page.path()).startsWith(expected);
                    String rest = page.header()
                            .substring(Math.min(expected.length(), page.header().length()));
                    // A rule that runs only when enabled says so at the end of its header line.
                    String off = " · **Off by default** (enable it: `--enable " + m.name() + "`)";
                    if (m.offByDefault()) {
                        assertThat(rest)
                                .as("header of %s ends with the off-by-default note", page.path())
                                .endsWith(off);
                        rest = rest.substring(0, rest.length() - off.length());
                    } else {
                        assertThat(rest)
                                .as("header of %s: the rule is on by default", page.path())
                                .doesNotContain("Off by default");
                    }
                    if (m.name().equals("shellcheck")) {
                        assertThat(rest)
                                .as("aliases line of %s", page.path())
                                .isEqualTo(" · **Also known as:** each finding's SC code (`SC2086`)");
                    } else if (m.aliases().isEmpty()) {
                        assertThat(rest)
                                .as("%s names no aliases (the rule has none)", page.path())
                                .isEmpty();
                    } else {
                        assertThat(rest).as("aliases line of %s", page.path()).startsWith(" · **Also known as:** ");
                        Set<String> named = new TreeSet<>();
                        Matcher a = ALIAS.matcher(rest);
                        while (a.find()) named.add(a.group());
                        assertThat(named).as("aliases on %s", page.path()).isEqualTo(new TreeSet<>(m.aliases()));
                    }
                    // The page writes the summary as a sentence: capital first letter, full stop.
                    String sentence = Character.toUpperCase(m.summary().charAt(0))
                            + m.summary().substring(1) + ".";
                    assertThat(page.summary())
                            .as("summary line of %s", page.path())
                            .isIn(sentence, m.summary() + ".");
                }));
    }

    @TestFactory
    Stream<DynamicTest> outputIsWhatImgslimPrintsForTheBadExample() {
        return BuiltinRules.all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.meta().name(), () -> {
                    RuleMeta m = rule.meta();
                    if (m.name().equals("shellcheck")) ShellcheckInstalled.require();
                    RulePage page = RulePage.read(pageOf(m));
                    assertThat(page.blocks("Output"))
                            .as("an Output block in %s", page.path())
                            .isNotEmpty();
                    List<RulePage.Block> bad = page.blocks("Bad", "dockerfile");
                    assertThat(bad)
                            .as("exactly one dockerfile block under Bad in %s", page.path())
                            .hasSize(1);
                    String printed = lint(m, page, "bad", bad.get(0), page.blocks("Bad"));
                    assertThat(printed)
                            .as("%s: the Bad example fires", page.path())
                            .isNotEmpty();
                    if (WRITE
                            && !printed.equals(
                                    page.blocks("Output").get(0).text().stripTrailing())) {
                        Files.writeString(page.path(), page.withOutput(printed));
                        System.out.println("rewrote the Output of " + page.path());
                        return;
                    }
                    assertThat(printed)
                            .as("Output of %s (regenerate: -Dimgslim.pages.write=true)", page.path())
                            .isEqualTo(page.blocks("Output").get(0).text().stripTrailing());
                }));
    }

    @TestFactory
    Stream<DynamicTest> goodExamplesAreClean() {
        return BuiltinRules.all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.meta().name(), () -> {
                    RuleMeta m = rule.meta();
                    if (m.name().equals("shellcheck")) ShellcheckInstalled.require();
                    RulePage page = RulePage.read(pageOf(m));
                    List<RulePage.Block> good = page.blocks("Good", "dockerfile");
                    assertThat(good)
                            .as("a dockerfile block under Good in %s", page.path())
                            .isNotEmpty();
                    for (int i = 0; i < good.size(); i++) {
                        assertThat(lint(m, page, "good" + i, good.get(i), page.blocks("Good")))
                                .as("%s: Good example %d must be clean", page.path(), i + 1)
                                .isEmpty();
                    }
                }));
    }

    private static Path pageOf(RuleMeta m) {
        return PAGES.resolve(m.name() + ".md");
    }

    /**
     * Lints {@code example} with the CLI, as {@code imgslim lint -f plain Dockerfile} in its own folder,
     * and returns the lines this rule printed.
     */
    private static String lint(
            RuleMeta m, RulePage page, String which, RulePage.Block example, List<RulePage.Block> section)
            throws IOException {
        Path dir = WORK.resolve(m.name()).resolve(which);
        deleteTree(dir);
        Files.createDirectories(dir);
        copyContext(Path.of("samples", m.name()), dir);
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, example.text());
        List<String> args = new ArrayList<>(List.of("lint", "-f", "plain", "--no-color", "--no-fail"));
        // A rule that is off by default is shown as users who enable it see it.
        if (m.offByDefault()) args.addAll(List.of("--enable", m.name()));
        for (RulePage.Block b : section) {
            if (b.info().equals("dockerignore")) Files.writeString(dir.resolve(".dockerignore"), b.text());
        }
        // The section's own yaml block, else the configuration the page documents (its first yaml block).
        RulePage.Block config = section.stream()
                .filter(b -> b.info().equals("yaml"))
                .findFirst()
                .or(() -> page.allBlocks().stream()
                        .filter(b -> b.info().equals("yaml"))
                        .findFirst())
                .orElse(null);
        if (config != null) {
            Files.writeString(dir.resolve(".imgslim.yaml"), config.text());
            args.addAll(List.of("-c", dir.resolve(".imgslim.yaml").toString()));
        }
        if (!m.name().equals("shellcheck")) args.add("--no-shellcheck");
        args.add(dockerfile.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(code)
                .as("imgslim %s on the %s example of %s; stderr: %s", args, which, m.name(), err)
                .isIn(0, 1);
        String tag = m.name().equals("shellcheck")
                ? "\\[SC\\d+ shellcheck\\]"
                : Pattern.quote("[" + m.code() + " " + m.name() + "]");
        Pattern mine = Pattern.compile(": (?:error|warning|info|style): " + tag + " ");
        String prefix = dockerfile.toString();
        return out.toString()
                .lines()
                .filter(l -> mine.matcher(l).find())
                .map(l -> l.startsWith(prefix) ? "Dockerfile" + l.substring(prefix.length()) : l)
                .collect(Collectors.joining("\n"));
    }

    /** The files a sample folder holds for its build context; its sample Dockerfiles and their side files are not part of it. */
    private static void copyContext(Path sample, Path into) throws IOException {
        if (!Files.isDirectory(sample)) return;
        try (Stream<Path> all = Files.walk(sample)) {
            for (Path p : all.sorted().toList()) {
                Path rel = sample.relativize(p);
                if (rel.toString().isEmpty()) continue;
                if (rel.getNameCount() == 1 && rel.toString().contains(".Dockerfile")) continue;
                Path target = into.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
