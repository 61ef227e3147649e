package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample Dockerfile whose expected findings are written inline:
 * {@code # expect: rule-name[, other-rule]} marks the next instruction, and
 * {@code # expect: rule-name "text"} also requires the message to contain {@code text}, and
 * {@code # expect-next-line: rule-name} marks the very next line (for findings on comment lines).
 * Findings and markers must agree line for line, in both directions.
 */
public final class MarkedSample {
    private static final Pattern EXPECT = Pattern.compile("^\\s*#\\s*expect(-next-line)?:\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile("([a-z0-9-]+)(?:\\s+\"([^\"]*)\")?");

    private final Path path;
    private final String text;
    private final Dockerfile file;

    private MarkedSample(Path path) throws Exception {
        this.path = path;
        this.text = Files.readString(path);
        this.file = new DockerfileParser().parse(path.toString(), text);
        // A sample must be a Dockerfile BuildKit would build: the same checks lint makes before the rules run.
        dev.imgslim.syntax.InstructionValidator.validate(file);
    }

    public static MarkedSample load(Path path) throws Exception {
        return new MarkedSample(path);
    }

    public static Path samples() {
        return Path.of("samples");
    }

    public Dockerfile file() {
        return file;
    }

    /** Runs the given rules over the sample with its folder as build context. */
    public List<Finding> lint(List<Rule> rules) {
        // with the test JVM's shellcheck, as a CLI run finds it on its environment's PATH
        LintOptions options = new LintOptions(
                config(),
                Map.of(),
                null,
                path.getParent(),
                path,
                null,
                null,
                dev.imgslim.rules.shellcheck.ShellcheckInstalled.path());
        return new LintEngine(rules).lint(file, options);
    }

    /** The sample's settings: {@code <sample>.imgslim.yaml} beside it when present (e.g. a label schema), else defaults. */
    public Config config() {
        Path own = path.resolveSibling(path.getFileName() + ".imgslim.yaml");
        return Files.exists(own) ? dev.imgslim.config.ConfigLoader.load(own) : Config.defaults();
    }

    /** Expected rule names per line (the line of the instruction after each marker). */
    public SortedMap<Integer, Set<String>> expected(Set<String> onlyRules) {
        SortedMap<Integer, Set<String>> out = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (!m.matches()) continue;
            int target = target(m, i + 1);
            Matcher item = ITEM.matcher(m.group(2));
            while (item.find()) {
                if (onlyRules.contains(item.group(1)))
                    out.computeIfAbsent(target, k -> new TreeSet<>()).add(item.group(1));
            }
        }
        return out;
    }

    /** Message fragments the markers require, per line and rule. */
    public Map<String, String> expectedMessages() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (!m.matches()) continue;
            Matcher item = ITEM.matcher(m.group(2));
            while (item.find()) {
                if (item.group(2) != null) out.put(target(m, i + 1) + ":" + item.group(1), item.group(2));
            }
        }
        return out;
    }

    private int target(Matcher marker, int markerLine) {
        return marker.group(1) != null ? markerLine + 1 : nextInstructionLine(markerLine);
    }

    /** The first line of the instruction that holds {@code line} (findings may point inside it). */
    private int instructionLine(int line) {
        return file.instructions().stream()
                .filter(ins -> ins.span().containsLine(line))
                .mapToInt(ins -> ins.span().startLine())
                .findFirst()
                .orElse(line);
    }

    private int nextInstructionLine(int afterLine) {
        return file.instructions().stream()
                .mapToInt(ins -> ins.span().startLine())
                .filter(l -> l > afterLine)
                .min()
                .orElseThrow(() -> new IllegalStateException(
                        path + ":" + afterLine + ": '# expect:' marker with no instruction after it"));
    }

    /** Asserts that the rules' findings are exactly the markers (and the required message texts). */
    public void verify(List<Rule> rules) {
        Set<String> names = new TreeSet<>();
        for (Rule r : rules) names.add(r.meta().name());
        List<Finding> findings = lint(rules);
        SortedMap<Integer, Set<String>> actual = new TreeMap<>();
        for (Finding f : findings)
            actual.computeIfAbsent(instructionLine(f.line()), k -> new TreeSet<>())
                    .add(f.rule().name());
        assertThat(actual)
                .as("findings by line in %s (got: %s)", path, describe(findings))
                .isEqualTo(expected(names));
        for (var e : expectedMessages().entrySet()) {
            String[] key = e.getKey().split(":", 2);
            int line = Integer.parseInt(key[0]);
            List<String> messages = new ArrayList<>();
            for (Finding f : findings)
                if (instructionLine(f.line()) == line && f.rule().name().equals(key[1])) messages.add(f.message());
            assertThat(messages).as("%s:%d %s message", path, line, key[1]).anySatisfy(msg -> assertThat(msg)
                    .contains(e.getValue()));
        }
    }

    public static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings)
            sb.append("\n  ")
                    .append(f.line())
                    .append(':')
                    .append(f.column())
                    .append(' ')
                    .append(f.rule().name())
                    .append(": ")
                    .append(f.message());
        return sb.toString();
    }
}
