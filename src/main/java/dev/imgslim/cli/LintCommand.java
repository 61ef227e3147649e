package dev.imgslim.cli;

import dev.imgslim.advice.SizeAdvice;
import dev.imgslim.advice.SizeEstimator;
import dev.imgslim.advice.SizeReportText;
import dev.imgslim.build.BuildModel;
import dev.imgslim.config.Config;
import dev.imgslim.config.Severity;
import dev.imgslim.lint.FileResult;
import dev.imgslim.lint.LintRun;
import dev.imgslim.lint.LintSettings;
import dev.imgslim.lint.RuleNames;
import dev.imgslim.probe.ProbeRequest;
import dev.imgslim.report.ReportContext;
import dev.imgslim.report.ReportStream;
import dev.imgslim.report.Reporter;
import dev.imgslim.report.Reporters;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.LintResult;
import dev.imgslim.syntax.Dockerfile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code imgslim lint}: parses the options into {@link LintSettings}, runs a {@link LintRun}, writes
 * the report and decides the exit code. The lint itself lives in {@link LintRun}.
 */
final class LintCommand implements Callable<Integer> {
    private final Declare command = Declare.command(
                    this,
                    "lint",
                    "Lint Dockerfiles: what makes the image big or slow to pull, and correctness problems.",
                    "PATH may be a file, a folder (searched for Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile...) or - for standard input.")
            .exitCodes(
                    " 0:nothing at or above --failure-threshold",
                    " 1:findings at or above --failure-threshold, or the size budget exceeded",
                    " 2:usage error or bad input (missing file, parse error, bad config, the report could not be written)",
                    " 3:the probe could not measure an image (with --probe), or the --image could not be read",
                    "70:internal error");
    private final DockerfilePaths inputs = new DockerfilePaths(command);
    private final Opt<String> format = command.option(
            String.class,
            "FORMAT",
            "tty, plain, json, sarif, checkstyle, gitlab, github, junit (default: tty on a terminal, else plain)",
            "-f",
            "--format");
    private final Opt<Path> output = command.output("Write the report to FILE (atomically) instead of standard output");
    private final Opt<Severity> failureThreshold = command.option(
            Converters.SEVERITY,
            "LEVEL",
            "Exit 1 when a finding is at or above LEVEL: error, warning, info, style (default: warning)",
            "--failure-threshold");
    private final Opt<Boolean> noFail =
            command.flag("Exit 0 even when there are findings (input errors still exit 2)", "--no-fail");
    private final ConfigOption config = new ConfigOption(command);
    private final Opt<List<String>> ignore = command.words(
            ",", "RULE", "Do not report RULE (code, name or alias); repeatable or comma-separated", "--ignore");
    private final Opt<List<String>> enable = command.words(
            ",",
            "RULE",
            "Also run RULE, one that is off by default (code, name or alias); repeatable or comma-separated",
            "--enable");
    private final Opt<List<Converters.RuleSeverity>> severity = command.repeated(
            Converters.RULE_SEVERITY,
            null,
            "RULE=LEVEL",
            "Report RULE at LEVEL (error, warning, info, style); repeatable",
            "--severity");
    private final BuildOptions build = new BuildOptions(command);
    private final Opt<Path> context =
            ImageOptions.context(command, "Build context (default: each Dockerfile's folder)");
    private final Opt<List<String>> trustedRegistries =
            command.words(null, "REGISTRY", "Registry FROM may use; repeatable (default: any)", "--trusted-registry");
    private final ColorOption color = new ColorOption(command);
    private final Opt<Boolean> noShellcheck = command.flag("Do not run shellcheck on RUN scripts", "--no-shellcheck");
    private final Opt<Boolean> size = command.flag(
            "After the report: per stage the base and its size, whether it ships, an estimated"
                    + " lower bound for the final image and the savings with a total (json: \"size\", sarif: run properties;"
                    + " other machine formats: on standard error)",
            "--size");
    private final Opt<Long> sizeBudget = command.option(
            Converters.BYTE_SIZE,
            "SIZE",
            "Exit 1 when the estimated final image exceeds SIZE"
                    + " (500MB, 1.5GB, 800MiB): compares the compressed estimate where known, else on disk; unknown sizes only get a note",
            "--size-budget");
    private final Opt<Long> maxFileSize = command.option(
            Converters.BYTE_SIZE,
            "SIZE",
            "Refuse Dockerfiles larger than SIZE (default: 4MiB, far beyond any real Dockerfile)",
            "--max-file-size");
    private final Opt<Boolean> probe = ImageOptions.probe(
            command,
            "After linting, probe each shipped base and its slimmer catalog variants"
                    + " in their registries (sizes without pulling); see 'imgslim probe' for more");
    private final Opt<String> image = ImageOptions.image(
            command,
            "A built image of the Dockerfile (engine, else its registry): size findings get measuredBytes"
                    + " from the layer of their line in json and sarif; see 'imgslim analyze' for more");
    private final Opt<Boolean> registry =
            ImageOptions.registry(command, "With --image: read the image straight from its registry, not the engine");
    private final Opt<Boolean> verbose = command.flag(
            "Say what was skipped and why (e.g. shellcheck not installed); stack traces of internal errors",
            "--verbose");

    private final CommandSpec spec = command.spec;
    private final Map<String, String> env;

    /** @param env where {@code --build-arg KEY} takes its value from, and the probe finds the daemon */
    LintCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RuleNames ruleNames = RuleNames.builtin();
        checkRuleIds(ruleNames);
        Config cfg = effectiveConfig(config.load());
        for (String warning : ConfigRuleCheck.warnings(cfg, ruleNames)) err.println(warning);
        String fmt = format.get() != null
                ? format.get()
                : cfg.format() != null ? cfg.format() : (isTerminal() && output.get() == null ? "tty" : "plain");
        Reporter reporter;
        try {
            reporter = Reporters.forName(fmt);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), (format.get() != null ? "--format: " : "format: ") + e.getMessage());
        }
        if (context.get() != null && !Files.isDirectory(context.get())) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--context: " + context.get()
                            + (Files.exists(context.get()) ? " is not a folder" : ": no such folder"));
        }
        if (inputs.paths().stream().filter("-"::equals).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'-' (standard input) can be read only once");
        }
        List<String> files = inputs.files();
        if (output.get() != null) ReportOutput.refuseInput(output.get(), files);

        LintSettings settings = new LintSettings(
                cfg,
                Configs.catalog(cfg),
                build.buildArgs(env),
                build.target(),
                context.get(),
                maxFileSize.get() != null ? maxFileSize.get() : LintSettings.DEFAULT_MAX_INPUT_BYTES);
        LintRun run = new LintRun(dev.imgslim.rules.LintEngine.builtin(), settings, System.in);
        boolean lineFormat = fmt.equalsIgnoreCase("tty") || fmt.equalsIgnoreCase("plain");
        if (!size.get() && sizeBudget.get() == null && image.get() == null && !probe.get()) {
            // Nothing after the lint needs every parsed file: the report is written as files are linted.
            return streamed(run, files, reporter, lineFormat, cfg);
        }
        Map<String, Dockerfile> parsed = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<LintResult.FileError> errors = new ArrayList<>();
        run.run(files, (FileResult r) -> {
            if (r.parsed() != null) parsed.put(r.file(), r.parsed());
            findings.addAll(r.findings());
            if (r.error() != null) errors.add(r.error());
        });
        findings.sort(dev.imgslim.rules.LintEngine.ORDER);
        LintResult result = new LintResult(files, findings, errors);

        SizeAdvice sizeAdvice = size.get() || sizeBudget.get() != null
                ? SizeEstimator.advise(
                        result,
                        parsed::get,
                        new LintOptions(cfg, settings.buildArgs(), build.target(), null, null),
                        settings.catalog(),
                        sizeBudget.get())
                : null;
        ReportContext ctx = ReportContext.defaults(Version.get())
                .withColor(color.on(env, output.get()))
                .withSourceLines(sourceLines(parsed))
                .withRuleHelp(RulePages::read);
        boolean sizeInReport =
                size.get() && (lineFormat || fmt.equalsIgnoreCase("json") || fmt.equalsIgnoreCase("sarif"));
        if (size.get()) ctx = ctx.withSize(sizeAdvice);
        int measuredCode = ExitCodes.OK;
        if (image.get() != null) {
            var measured = measureInImage(parsed, findings, settings);
            if (measured.isEmpty()) {
                measuredCode = ExitCodes.PROBE_FAILED;
            } else {
                ctx = ctx.withMeasured(measured.get());
            }
        }
        StringWriter buffer = new StringWriter();
        PrintWriter w = new PrintWriter(buffer);
        // File errors always go to stderr; the line formats would only repeat them on stdout.
        reporter.write(lineFormat ? new LintResult(result.files(), result.findings(), List.of()) : result, ctx, w);
        if (size.get() && lineFormat) SizeReportText.write(sizeAdvice, w);
        w.flush();
        ReportOutput.write(output.get(), buffer.toString(), spec.commandLine().getOut());
        for (LintResult.FileError e : result.errors()) err.println(e.render());
        if (size.get() && !sizeInReport) {
            // These formats have no place for it: say so, and give it where a human can read it.
            err.println("imgslim: --size: the " + fmt
                    + " format has no place for the size report; it follows on standard error");
            SizeReportText.write(sizeAdvice, err);
        }
        if (sizeAdvice != null && sizeBudget.get() != null) {
            for (String line : sizeAdvice.budgetLines()) err.println("imgslim: " + line);
        }
        if (verbose.get()) for (String note : notes(cfg)) err.println("imgslim: " + note);
        if (verbose.get()) {
            // What ShellCheck did not check (too long, out of time) is in the report; repeated here for people.
            for (Finding f : findings) {
                if (dev.imgslim.rules.shellcheck.ShellcheckRule.isNotice(f.rule())) {
                    err.println("imgslim: " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.message());
                }
            }
        }
        err.flush();
        int probed = probe.get() ? probeFiles(files, parsed, settings, lineFormat) : ExitCodes.OK;
        if (!result.errors().isEmpty()) return ExitCodes.USAGE;
        if (probed != ExitCodes.OK) return probed;
        if (measuredCode != ExitCodes.OK) return measuredCode;
        // The budget is its own gate: --no-fail is about findings.
        if (sizeAdvice != null && sizeAdvice.budgetExceeded()) return ExitCodes.FINDINGS;
        if (noFail.get()) return ExitCodes.OK;
        // The threshold is decided here, where it is used: the flag, else the config file's setting.
        Severity threshold = failureThreshold.get() != null ? failureThreshold.get() : cfg.failureThreshold();
        for (Finding f : result.findings()) if (f.severity().atLeast(threshold)) return ExitCodes.FINDINGS;
        return ExitCodes.OK;
    }

    /**
     * The report written while the files are linted, in the order reports list files (by name): each
     * file's findings go to the reporter and are dropped, so memory does not grow with the number of
     * files. Input not in that order (files named out of order on the command line) is put in order
     * first, without the parsed files. With {@code -o} the report goes to a temporary file renamed into
     * place at the end (removed if anything fails).
     */
    private int streamed(LintRun run, List<String> files, Reporter reporter, boolean lineFormat, Config cfg) {
        PrintWriter err = spec.commandLine().getErr();
        ReportContext ctx = ReportContext.defaults(Version.get())
                .withColor(color.on(env, output.get()))
                .withRuleHelp(RulePages::read);
        Severity threshold = failureThreshold.get() != null ? failureThreshold.get() : cfg.failureThreshold();
        List<LintResult.FileError> errors = new ArrayList<>();
        List<Finding> notices = new ArrayList<>();
        boolean[] failing = {false};
        dev.imgslim.lint.AtomicFiles.Pending pending = null;
        PrintWriter out;
        if (output.get() != null) {
            try {
                pending = dev.imgslim.lint.AtomicFiles.open(output.get());
            } catch (dev.imgslim.lint.AtomicFiles.WriteException e) {
                throw new UserInputException(
                        "imgslim: cannot write the report to " + output.get() + ": " + e.getMessage());
            }
            out = new PrintWriter(new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(pending.stream(), java.nio.charset.StandardCharsets.UTF_8),
                    1 << 16));
        } else {
            out = spec.commandLine().getOut();
        }
        try {
            ReportStream stream = reporter.stream(ctx, out);
            java.util.function.Consumer<FileResult> tally = r -> {
                if (r.error() != null) errors.add(r.error());
                for (Finding f : r.findings()) {
                    if (f.severity().atLeast(threshold)) failing[0] = true;
                    if (verbose.get() && dev.imgslim.rules.shellcheck.ShellcheckRule.isNotice(f.rule())) notices.add(f);
                }
            };
            java.util.function.Consumer<FileResult> toReport = r -> {
                Dockerfile df = r.parsed();
                // File errors always go to stderr; the line formats would only repeat them on stdout.
                stream.file(
                        r.file(),
                        r.findings(),
                        lineFormat ? null : r.error(),
                        () -> df == null ? List.of() : linesOf(df));
            };
            if (inReportOrder(files)) {
                run.run(files, tally.andThen(toReport));
            } else {
                List<FileResult> all = new ArrayList<>();
                run.run(
                        files,
                        tally.andThen(r -> all.add(
                                r.findings().isEmpty() ? new FileResult(r.file(), null, List.of(), r.error()) : r)));
                all.sort(java.util.Comparator.comparing(FileResult::file));
                all.forEach(toReport);
            }
            stream.end();
            out.flush();
            if (pending != null) {
                if (out.checkError()) throw new dev.imgslim.lint.AtomicFiles.WriteException("write error", null);
                pending.commit();
            }
        } catch (dev.imgslim.lint.AtomicFiles.WriteException e) {
            throw new UserInputException("imgslim: cannot write the report to " + output.get() + ": " + e.getMessage());
        } finally {
            if (pending != null) pending.abort();
        }
        if (pending == null) {
            Optional<String> failure = StdoutCheck.failure(out);
            if (failure.isPresent())
                throw new UserInputException("imgslim: cannot write the report to standard output: " + failure.get());
        }
        for (LintResult.FileError e : errors) err.println(e.render());
        if (verbose.get()) for (String note : notes(cfg)) err.println("imgslim: " + note);
        for (Finding f : notices)
            err.println("imgslim: " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.message());
        err.flush();
        if (!errors.isEmpty()) return ExitCodes.USAGE;
        if (noFail.get()) return ExitCodes.OK;
        return failing[0] ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Whether files come in the order reports list them (what a folder expands to always is). */
    private static boolean inReportOrder(List<String> files) {
        for (int i = 1; i < files.size(); i++) if (files.get(i - 1).compareTo(files.get(i)) > 0) return false;
        return true;
    }

    /** A file's lines as reporters show them: a byte order mark is not part of line 1. */
    private static List<String> linesOf(Dockerfile df) {
        return df.source().text().replaceFirst("^\uFEFF", "").lines().toList();
    }

    /** Unknown rule ids on the command line are usage errors, with the nearest known id. */
    private void checkRuleIds(RuleNames names) {
        for (String id : ignore.get()) {
            if (id.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "--ignore: empty rule name");
            if (!names.isKnown(id.trim()))
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--ignore: " + names.unknownMessage(id.trim()));
        }
        for (String id : enable.get()) {
            if (id.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "--enable: empty rule name");
            if (!names.isKnown(id.trim()))
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--enable: " + names.unknownMessage(id.trim()));
        }
        for (Converters.RuleSeverity rs : severity.get()) {
            String id = rs.rule();
            if (!names.isKnown(id))
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--severity: " + names.unknownMessage(id.trim()));
        }
    }

    /** The config file's settings with the flags over them. */
    private Config effectiveConfig(Config cfg) {
        if (!ignore.get().isEmpty())
            cfg = cfg.withIgnore(ignore.get().stream().map(String::trim).toList());
        if (!enable.get().isEmpty())
            cfg = cfg.withEnable(enable.get().stream().map(String::trim).toList());
        if (!severity.get().isEmpty()) {
            // The flags come first: the first entry that names a rule decides its severity.
            Map<String, Severity> overrides = new LinkedHashMap<>();
            for (Converters.RuleSeverity rs : severity.get()) overrides.put(rs.rule(), rs.severity());
            cfg.severity().forEach(overrides::putIfAbsent);
            cfg = cfg.withSeverity(overrides);
        }
        if (!trustedRegistries.get().isEmpty()) cfg = cfg.withTrustedRegistries(trustedRegistries.get());
        if (noShellcheck.get()) cfg = cfg.withShellcheck(false);
        return cfg;
    }

    /** Each file's lines, split once however many findings a reporter shows from it. */
    private static java.util.function.Function<String, List<String>> sourceLines(Map<String, Dockerfile> parsed) {
        Map<String, List<String>> cache = new HashMap<>();
        // a byte order mark is not part of line 1 (columns count from the character after it)
        return f -> parsed.get(f) == null
                ? List.of()
                : cache.computeIfAbsent(f, k -> parsed.get(k)
                        .source()
                        .text()
                        .replaceFirst("^\uFEFF", "")
                        .lines()
                        .toList());
    }

    /**
     * {@code --image}: reads the image once and measures every file's findings against it; empty (after a
     * line on stderr) when the image cannot be read.
     */
    // Names no analyze type in its signature: a plain lint must not load the image-analysis code.
    private Optional<java.util.function.Function<Finding, Optional<dev.imgslim.rules.SizeSaving>>> measureInImage(
            Map<String, Dockerfile> parsed, List<Finding> findings, LintSettings settings) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        dev.imgslim.analyze.ProgressLine progress =
                isTerminal() ? new dev.imgslim.analyze.ProgressLine(System.err) : dev.imgslim.analyze.ProgressLine.OFF;
        try (dev.imgslim.analyze.ImageSources sources = new dev.imgslim.analyze.ImageSources(
                env,
                java.time.Duration.ofSeconds(60),
                null,
                progress,
                msg -> err.println("imgslim lint: --image: " + msg))) {
            dev.imgslim.analyze.ImageLayers layers = sources.read(image.get(), registry.get());
            progress.done();
            return Optional.of(
                    dev.imgslim.analyze.FindingMeasurements.asSavings(dev.imgslim.analyze.FindingMeasurements.of(
                            layers, parsed, findings, settings.buildArgs(), build.target())));
        } catch (dev.imgslim.probe.ProbeFault | java.io.IOException e) {
            progress.done();
            err.println("imgslim lint: --image " + image.get() + ": " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    /**
     * {@code --probe}: the probe service on every file that parsed; its report follows the lint
     * report (on stderr for machine formats and with {@code -o}).
     */
    private int probeFiles(
            List<String> files, Map<String, Dockerfile> parsed, LintSettings settings, boolean lineFormat) {
        PrintWriter out = lineFormat && output.get() == null
                ? spec.commandLine().getOut()
                : spec.commandLine().getErr();
        DockerfileProbing probing = new DockerfileProbing(
                env,
                isTerminal() ? System.err : null,
                false,
                out,
                spec.commandLine().getErr(),
                (t, needs) -> new ProbeRequest(
                        t.base(),
                        t.candidates(),
                        null,
                        false,
                        null,
                        ProbeRequest.DEFAULT_RUNS,
                        ProbeRequest.DEFAULT_TIMEOUT,
                        needs));
        int code = ExitCodes.OK;
        for (String f : files) {
            Dockerfile df = parsed.get(f);
            if (f.equals("-") || df == null) continue;
            BuildModel model = BuildModel.of(df, settings.buildArgs(), settings.target());
            code = Math.max(code, probing.probe(f, model, settings.catalog(), List.of()));
        }
        return code;
    }

    /** What --verbose explains about this run. */
    private static List<String> notes(Config config) {
        List<String> notes = new ArrayList<>();
        if (config.source() != null) notes.add("config: " + config.source());
        if (!config.shellcheck()) notes.add("shellcheck: off (--no-shellcheck or 'shellcheck: false')");
        else if (!dev.imgslim.rules.shellcheck.ShellcheckRule.available())
            notes.add(dev.imgslim.rules.shellcheck.ShellcheckRule.NOT_FOUND_MESSAGE);
        return notes;
    }

    static boolean isTerminal() {
        return dev.imgslim.report.Terminal.attached();
    }
}
