package dev.imgslim.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.lint.LintRun;
import dev.imgslim.lint.LintSettings;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.BuildKitDump;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.InstructionValidator;
import dev.imgslim.testsupport.RealCorpus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code imgslim fix} over every real Dockerfile of the shared corpus (read in place) and every sample,
 * safe fixes and then all fixes: each fixed file parses; its BuildKit dump keeps every instruction the
 * fixes did not touch, in order; every line outside a touched instruction is byte-identical; fixing again
 * changes nothing; the fixes settle; no finding appears that the original did not have; and with safe
 * fixes only, every RUN runs the same commands in the same order (extra cleanup and the documented
 * switches only). Prints the fixes applied per rule.
 */
@Tag("shared")
class FixCorpusTest {
    /** What a safe fix may add to a command: these switches, nothing else. */
    private static final Set<String> SAFE_SWITCHES =
            Set.of("-y", "-n", "--no-install-recommends", "--no-cache-dir", "--no-cache");
    /** Commands a safe fix may add: cleanup only. */
    private static final Set<String> CLEANUP = Set.of(
            "rm",
            "apt-get clean",
            "yum clean",
            "dnf clean",
            "microdnf clean",
            "zypper clean",
            "npm cache",
            "yarn cache",
            "conda clean",
            "mamba clean",
            "micromamba clean");

    /**
     * New findings a fix may bring to light, with the reason. Key: the rule whose fix was applied; value:
     * the rule that may then report more than before.
     */
    private static final Map<String, String> EXPLAINED = Map.of(
            // DL3045 (like hadolint) checks COPY only: turning a plain-file ADD into COPY shows the relative
            // destination that was there all along.
            "add-instead-of-copy", "relative-copy-without-workdir",
            // fragmented-run takes a RUN of more than two commands as a deliberate layer boundary: the cleanup
            // added to one RUN in a row of short RUNs splits one reported group into two (no layer is added).
            "apt-lists-not-removed", "fragmented-run",
            // apt-unpinned (DL3008, like hadolint) reads apt-get only: 'apt install' rewritten as 'apt-get install'
            // shows the unpinned packages that were there all along.
            "apt-instead-of-apt-get", "apt-unpinned");

    /** The lint run {@code imgslim fix} uses with default settings: each file's folder is its context. */
    private final LintRun run = new LintRun(
            LintEngine.builtin(), DockerfileFixer.quiet(LintSettings.defaults()), InputStream.nullInputStream());

    @Test
    void safeFixesOverTheRealCorpusAndTheSamples() throws Exception {
        Map<String, Integer> byRule = run(false);
        assertThat(byRule).containsKeys("apt-lists-not-removed", "apt-install-recommends", "maintainer-deprecated");
    }

    /** Unsafe fixes too (RUN merges, exec form, slimmer bases): the same checks but the command set's. */
    @Test
    @Tag("slow")
    void allFixesOverTheRealCorpusAndTheSamples() throws Exception {
        Map<String, Integer> byRule = run(true);
        assertThat(byRule).containsKeys("fragmented-run", "json-args-recommended");
    }

    private Map<String, Integer> run(boolean unsafe) throws Exception {
        List<Path> files = new ArrayList<>(RealCorpus.dockerfiles());
        try (var s = Files.walk(Path.of("samples"))) {
            s.filter(p -> p.getFileName().toString().endsWith("Dockerfile"))
                    .sorted()
                    .forEach(files::add);
        }
        Map<String, Integer> byRule = new TreeMap<>();
        int changed = 0, parsed = 0;
        for (Path f : files) {
            String text;
            try {
                text = DockerfileParser.decode(Files.readAllBytes(f));
                InstructionValidator.validate(parse(text));
            } catch (Exception e) {
                continue; // the corpus holds a few files BuildKit itself rejects; lint reports those as input errors
            }
            parsed++;
            FixLoop.Outcome o = fix(f, text, unsafe);
            check(f, o, unsafe);
            if (o.changed()) changed++;
            o.applied().forEach(a -> byRule.merge(a.rule(), 1, Integer::sum));
        }
        StringBuilder report = new StringBuilder("fix " + (unsafe ? "--unsafe" : "(safe fixes)") + " over " + parsed
                + " parsable files (corpus + samples): " + changed + " files changed; fixes applied per rule:\n");
        byRule.forEach((r, n) -> report.append(String.format("    %5d  %s%n", n, r)));
        System.out.print(report);
        assertThat(parsed).isGreaterThan(280);
        return byRule;
    }

    private FixLoop.Outcome fix(Path f, String text, boolean unsafe) throws Exception {
        return new DockerfileFixer(run, new FixSelection(List.of(), List.of(), unsafe)).fix(f.toString(), text);
    }

    private void check(Path f, FixLoop.Outcome o, boolean unsafe) throws Exception {
        String what = f + (unsafe ? " (--unsafe)" : " (safe)");
        assertThat(o.rejected()).as(what + ": fixes that broke the file").isEmpty();
        assertThat(o.settled()).as(what + ": fixes settle").isTrue();
        if (!o.changed()) return;
        Dockerfile before = parse(o.original()), after = parse(o.fixed());
        InstructionValidator.validate(after);
        assertThat(fix(f, o.fixed(), unsafe).fixed())
                .as(what + ": fixing twice equals fixing once")
                .isEqualTo(o.fixed());
        Set<Integer> touched = touchedLines(o.original(), o.fixed());
        untouchedInstructionsKeepTheirDump(what, before, after, touched, unsafe);
        noNewFindings(what, o);
        if (!unsafe) sameCommands(what, before, after);
    }

    /** Original lines (1-based) the diff deletes or changes; every other line is in the fixed file unchanged. */
    private static Set<Integer> touchedLines(String before, String after) {
        Set<Integer> out = new java.util.TreeSet<>();
        List<String> a = UnifiedDiff.lines(before), b = UnifiedDiff.lines(after);
        // Longest common subsequence by the same algorithm the diff uses: lines not in it are touched.
        int n = a.size(), m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0, j = 0;
        while (i < n) {
            if (j < m && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < m && lcs[i][j + 1] > lcs[i + 1][j]) {
                j++;
            } else {
                out.add(i + 1);
                i++;
            }
        }
        return out;
    }

    private static void untouchedInstructionsKeepTheirDump(
            String what, Dockerfile before, Dockerfile after, Set<Integer> touched, boolean unsafe) {
        List<String> kept = new ArrayList<>();
        for (Instruction ins : before.instructions()) {
            boolean hit = false;
            for (int l = ins.span().startLine(); l <= ins.span().endLine(); l++) hit |= touched.contains(l);
            if (!hit) kept.add(BuildKitDump.dump(single(before, ins)));
        }
        for (int line : touched) {
            boolean inInstruction =
                    before.instructions().stream().anyMatch(ins -> ins.span().containsLine(line));
            boolean comment = before.source().line(line).strip().startsWith("#")
                    || before.source().line(line).isBlank();
            // Merging RUNs moves the comments between them above the first and drops blank lines there.
            assertThat(inInstruction || (unsafe && comment))
                    .as(what + ": line " + line + " changed outside any instruction")
                    .isTrue();
        }
        List<String> fixed = new ArrayList<>();
        for (Instruction ins : after.instructions()) fixed.add(BuildKitDump.dump(single(after, ins)));
        int at = 0;
        for (String k : kept) {
            while (at < fixed.size() && !fixed.get(at).equals(k)) at++;
            assertThat(at)
                    .as(what + ": untouched instruction " + k.strip() + " is in the fixed dump, in order")
                    .isLessThan(fixed.size());
            at++;
        }
    }

    private static Dockerfile single(Dockerfile df, Instruction ins) {
        return new Dockerfile(
                df.path(), df.source(), df.escape(), df.directives(), List.of(ins), df.comments(), df.warnings());
    }

    private static void noNewFindings(String what, FixLoop.Outcome o) {
        Set<String> explained = new java.util.HashSet<>();
        o.applied().forEach(a -> {
            if (EXPLAINED.containsKey(a.rule())) explained.add(EXPLAINED.get(a.rule()));
        });
        Map<String, Integer> was = counts(o.before()), now = counts(o.after());
        now.forEach((rule, n) -> assertThat(explained.contains(rule) ? 0 : n)
                .as(what + ": findings of " + rule + " after the fix")
                .isLessThanOrEqualTo(was.getOrDefault(rule, 0)));
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> out = new TreeMap<>();
        for (Finding x : findings) out.merge(x.rule().name(), 1, Integer::sum);
        return out;
    }

    /** Safe fixes: the same commands in the same order, with added switches from a short list and added cleanup. */
    private static void sameCommands(String what, Dockerfile before, Dockerfile after) {
        List<ShellCommand> a = commands(before), b = commands(after);
        List<String> granted = chownsAdded(before, after);
        int j = 0;
        for (ShellCommand c : a) {
            // The one safe fix that takes a command away: 'chown -R u:g DEST' after a COPY becomes its --chown=u:g.
            if ((j >= b.size() || !sameOrSwitchesAdded(c, b.get(j))) && movedIntoCopy(c, granted)) continue;
            while (j < b.size() && !sameOrSwitchesAdded(c, b.get(j))) {
                assertThat(cleanup(b.get(j)))
                        .as(what + ": added command " + b.get(j).name() + " "
                                + b.get(j).args() + " (before " + c.name() + " " + c.args() + ")")
                        .isTrue();
                j++;
            }
            assertThat(j)
                    .as(what + ": command " + c.name() + " " + c.args() + " kept")
                    .isLessThan(b.size());
            j++;
        }
        for (; j < b.size(); j++)
            assertThat(cleanup(b.get(j)))
                    .as(what + ": added command " + b.get(j).name())
                    .isTrue();
    }

    /** The {@code --chown} values of COPYs in {@code after} that {@code before} did not have. */
    private static List<String> chownsAdded(Dockerfile before, Dockerfile after) {
        List<String> out = new ArrayList<>();
        for (Instruction ins : after.instructions())
            if (ins.is("COPY") && ins.flag("chown") != null)
                out.add(ins.flag("chown").value());
        for (Instruction ins : before.instructions())
            if (ins.is("COPY") && ins.flag("chown") != null)
                out.remove(ins.flag("chown").value());
        return out;
    }

    private static boolean movedIntoCopy(ShellCommand c, List<String> granted) {
        return c.is("chown")
                && c.args().size() == 3
                && c.args().get(0).equals("-R")
                && granted.remove(c.args().get(1));
    }

    /** {@code d} is {@code c} (apt may become apt-get) with only switches from {@link #SAFE_SWITCHES} added. */
    private static boolean sameOrSwitchesAdded(ShellCommand c, ShellCommand d) {
        if (c.name().equals("apt") && d.name().equals("apt-get") && c.args().equals(d.args())) return true;
        if (!d.name().equals(c.name()) && !(c.name().equals("apt") && d.name().equals("apt-get"))) return false;
        List<String> added = new ArrayList<>(d.args());
        for (String arg : c.args()) if (!added.remove(arg)) return false;
        return SAFE_SWITCHES.containsAll(added);
    }

    private static boolean cleanup(ShellCommand c) {
        return CLEANUP.contains(c.name())
                || (!c.args().isEmpty()
                        && CLEANUP.contains(c.name() + " " + c.args().get(0)));
    }

    private static List<ShellCommand> commands(Dockerfile df) {
        List<ShellCommand> out = new ArrayList<>();
        for (Instruction ins : df.instructions()) {
            Instruction run = ins.subInstruction() != null ? ins.subInstruction() : ins;
            if (!run.is("RUN")) continue;
            // A `sh -c '...'` wrapper is compared through the commands of its script, which the view lists too.
            for (ShellCommand c : new RunView(run, df.source()).commands()) {
                if (!(Set.of("sh", "bash").contains(c.name()) && c.args().contains("-c"))) out.add(c);
            }
        }
        return out;
    }

    private static Dockerfile parse(String text) throws Exception {
        return new DockerfileParser().parse("Dockerfile", text);
    }
}
