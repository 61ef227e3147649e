package dev.imgslim.cli;

import dev.imgslim.config.Config;
import dev.imgslim.fix.DockerfileFixer;
import dev.imgslim.fix.FileReplacer;
import dev.imgslim.fix.FixLoop;
import dev.imgslim.fix.FixSelection;
import dev.imgslim.fix.FixSteps;
import dev.imgslim.fix.RuleIds;
import dev.imgslim.fix.UnifiedDiff;
import dev.imgslim.lint.LintRun;
import dev.imgslim.lint.LintSettings;
import dev.imgslim.probe.BuildVerifier;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.syntax.DockerfileParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imgslim fix}: apply the fixes findings carry, as a reviewable diff or in place. */
final class FixCommand implements Callable<Integer> {
    private final Declare command = Declare.command(
                    this,
                    "fix",
                    "Fix Dockerfiles: apply the fixes findings carry, re-linting until nothing changes.",
                    "Prints a unified diff (patch -p0 and git apply take it); --write changes the files in place;"
                            + " - reads standard input and writes the fixed Dockerfile to standard output.",
                    "Safe fixes only unless --unsafe: an unsafe fix can change what the build does.")
            .exitCodes(
                    " 0:done (nothing to fix, a diff printed, or the files written)",
                    " 1:with --check: a fix is available",
                    " 2:usage error or bad input (missing file, parse error, bad config, a file that cannot be written)",
                    " 3:with --verify: an image could not be built or measured",
                    "70:internal error");
    private final DockerfilePaths inputs = new DockerfilePaths(command);
    private final Opt<Boolean> write =
            command.flag("Write the fixes into the files (atomically; untouched bytes are kept)", "-w", "--write");
    private final Opt<Boolean> check =
            command.flag("Change nothing; print the diff and exit 1 when a fix is available", "--check");
    private final Opt<Boolean> unsafe =
            command.flag("Also apply unsafe fixes (they can change what the build does)", "--unsafe");
    private final Opt<List<String>> select =
            command.words(",", "RULE", "Apply only these rules' fixes (code, name or alias); repeatable", "--select");
    private final Opt<List<String>> ignore =
            command.words(",", "RULE", "Do not apply these rules' fixes; repeatable", "--ignore");
    private final Opt<Boolean> verify = command.flag(
            "Build each file before and after the fixes with the Docker Engine (DOCKER_HOST)"
                    + " and report the measured image size and layer count difference",
            "--verify");
    private final ConfigOption config = new ConfigOption(command);
    private final BuildOptions build = new BuildOptions(command);
    private final CommandSpec spec = command.spec;
    /** The environment Main.run was given, not the process's: a test or an in-process caller decides it. */
    private final Map<String, String> env;

    /** @param env where {@code --build-arg KEY} takes its value from, and {@code --verify} finds the daemon */
    FixCommand(Map<String, String> env) {
        this.env = env;
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        if (write.get() && check.get()) throw new UserInputException("imgslim: --write and --check exclude each other");
        LintEngine engine = LintEngine.builtin();
        List<String> unknown = new ArrayList<>();
        for (String id : select.get()) RuleIds.unknown(id, engine.rules()).ifPresent(unknown::add);
        for (String id : ignore.get()) RuleIds.unknown(id, engine.rules()).ifPresent(unknown::add);
        if (!unknown.isEmpty()) throw new UserInputException("imgslim: " + String.join("; ", unknown));
        Config cfg = config.load();
        LintSettings settings = DockerfileFixer.quiet(new LintSettings(
                cfg,
                Configs.catalog(cfg),
                build.buildArgs(env),
                build.target(),
                null,
                LintSettings.DEFAULT_MAX_INPUT_BYTES,
                null,
                null)); // quiet: no ShellCheck, so no cache of its results
        FixSelection selection = new FixSelection(select.get(), ignore.get(), unsafe.get());
        DockerfileFixer fixer = new DockerfileFixer(new LintRun(engine, settings, System.in), selection);
        List<String> files = inputs.files();

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false, fixable = false, unmeasured = false;
        BuildVerifier verifier = verify.get() ? BuildVerifier.connect(env) : null;
        for (String name : files) {
            FixLoop.Outcome outcome;
            try {
                outcome = fixer.fix(name);
            } catch (DockerfileParseException e) {
                err.println(e.render(name));
                failed = true;
                continue;
            }
            fixable |= outcome.changed();
            if (name.equals("-")) {
                out.print(outcome.fixed());
            } else if (write.get()) {
                if (outcome.changed() && !writeBack(name, outcome.fixed(), err)) failed = true;
            } else {
                out.print(UnifiedDiff.of(name, outcome.original(), outcome.fixed()));
            }
            out.flush();
            summarize(name, outcome, err);
            if (verifier != null && !name.equals("-") && outcome.changed()) {
                try {
                    unmeasured |= !verify(verifier, name, FixSteps.of(fixer, selection, name, outcome), outcome, err);
                } catch (DockerfileParseException e) {
                    // A step's text comes from the same fixes on the same file: it parses, or the loop dropped the fix.
                    err.println(name + ": verify: could not split the fixes into steps: " + e.getMessage());
                    unmeasured = true;
                }
            }
        }
        if (verifier != null) verifier.close();
        err.flush();
        if (failed) return ExitCodes.USAGE;
        if (unmeasured) return ExitCodes.PROBE_FAILED;
        return check.get() && fixable ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * Builds the original, then the file after each rule's fixes ({@link FixSteps}), in the file's folder,
     * and prints on stderr each step's measured size and layers and its difference from the step before
     * (the last one that built), then the total. False when something could not be built.
     */
    private static boolean verify(
            BuildVerifier verifier, String name, List<FixSteps.Step> steps, FixLoop.Outcome o, PrintWriter err) {
        Path context = Path.of(name).toAbsolutePath().getParent();
        Duration timeout = Duration.ofMinutes(10);
        err.println(name + ": verify: building the original and the file after each rule's fixes (" + (steps.size() + 1)
                + " builds; measured, on-disk image size)");
        err.flush();
        BuildVerifier.Measurement before = verifier.measure(context, o.original(), timeout);
        if (!before.ok()) {
            err.println(name + ": verify: could not build the original: " + before.error());
            err.flush();
            return false;
        }
        err.println(name + ": verify: original: " + mb(before.sizeBytes()) + ", " + before.layers() + " layers");
        err.flush();
        BuildVerifier.Measurement last = before, after = null;
        boolean all = true, gap = false;
        for (int i = 0; i < steps.size(); i++) {
            FixSteps.Step step = steps.get(i);
            String label = step.rule()
                    + (step.code().isEmpty() ? "" : " (" + step.code() + ")")
                    + (step.fixes() > 0 ? ", " + step.fixes() + (step.fixes() == 1 ? " fix" : " fixes") : "");
            BuildVerifier.Measurement m = verifier.measure(context, step.text(), timeout);
            if (!m.ok()) {
                err.println(name + ": verify: + " + label + ": could not build: " + m.error());
                err.flush();
                all = false;
                gap = true;
                continue;
            }
            err.println(name + ": verify: + " + label + ": " + mb(m.sizeBytes()) + ", " + m.layers() + " layers; saved "
                    + saved(last, m) + (gap ? " (against the last step that built)" : ""));
            gap = false;
            err.flush();
            last = m;
            if (i == steps.size() - 1) after = m;
        }
        if (after == null) {
            err.println(name + ": verify: could not build the fixed file");
            err.flush();
            return false;
        }
        err.println(name + ": verify (measured, on-disk image size): before " + mb(before.sizeBytes()) + ", "
                + before.layers() + " layers; after " + mb(after.sizeBytes()) + ", " + after.layers()
                + " layers; saved " + saved(before, after));
        err.flush();
        return all;
    }

    /** "59.3 MB (59312345 bytes), 0 layers": what {@code to} saves against {@code from}. */
    private static String saved(BuildVerifier.Measurement from, BuildVerifier.Measurement to) {
        long bytes = from.sizeBytes() - to.sizeBytes();
        return mb(bytes) + " (" + bytes + " bytes), " + (from.layers() - to.layers()) + " layers";
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static boolean writeBack(String name, String fixed, PrintWriter err) {
        try {
            FileReplacer.replace(Path.of(name), fixed);
            return true;
        } catch (IOException e) {
            String why = e instanceof java.nio.file.AccessDeniedException a && a.getReason() != null
                    ? a.getReason()
                    : e.getMessage();
            err.println(name + ":1:1: error: cannot write the fixes (the file is unchanged): " + why);
            return false;
        }
    }

    /** One line per file on stderr: what was (or would be) fixed, by rule, and what needs --unsafe or another pass. */
    private void summarize(String name, FixLoop.Outcome o, PrintWriter err) {
        Map<String, Integer> byRule = new TreeMap<>();
        for (FixLoop.Applied a : o.applied()) byRule.merge(a.rule(), 1, Integer::sum);
        String verb = write.get() ? "fixed" : "fixable";
        if (!byRule.isEmpty()) err.println(name + ": " + verb + ": " + counts(byRule));
        if (!o.remaining().isEmpty()) {
            err.println(name + ": not applied ("
                    + (unsafe.get() ? "not selected" : "unsafe, or not selected: see --unsafe, --select") + "): "
                    + counts(new LinkedHashMap<>(o.remaining())));
        }
        for (String r : o.rejected()) err.println(name + ": warning: fix dropped: " + r);
        if (!o.settled())
            err.println(name + ": warning: fixes did not settle after " + o.passes()
                    + " passes; run fix again to see the rest");
    }

    private static String counts(Map<String, Integer> byRule) {
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, n) -> parts.add(rule + (n > 1 ? " x" + n : "")));
        return String.join(", ", parts);
    }
}
