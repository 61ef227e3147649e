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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code imgslim lint}, its command line read ({@link LintArgs}): reads the settings into {@link
 * LintSettings}, runs a {@link LintRun}, writes the report and decides the exit code. The lint itself lives
 * in {@link LintRun}. No picocli type here: a plain command line runs it without picocli ({@link
 * PlainArguments}); a usage error is a {@link UsageException}, bad input a {@link UserInputException}.
 */
final class Lint {
    private final LintArgs a;
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param env where {@code --build-arg KEY} takes its value from, and the probe finds the daemon
     * @param out where the report goes without {@code -o}
     * @param err where errors, warnings and notes go
     */
    Lint(LintArgs args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.a = args;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Lints, writes the report and says the exit code. */
    int run() throws Exception {
        // The rule names come from the rule registry, which WarmUp is making on another thread: asked for only
        // when there are names to check, so a plain lint reads and parses its file meanwhile.
        if (!a.ignore().isEmpty() || !a.enable().isEmpty() || !a.severity().isEmpty())
            checkRuleIds(RuleNames.builtin());
        Config cfg = effectiveConfig(Configs.load(a.config()));
        if (cfg.source() != null)
            for (String warning : ConfigRuleCheck.warnings(cfg, RuleNames.builtin())) err.println(warning);
        String fmt = a.format() != null
                ? a.format()
                : cfg.format() != null ? cfg.format() : (isTerminal() && a.output() == null ? "tty" : "plain");
        Reporter reporter;
        try {
            reporter = Reporters.forName(fmt);
        } catch (IllegalArgumentException e) {
            throw new UsageException((a.format() != null ? "--format: " : "format: ") + e.getMessage());
        }
        if (a.context() != null && !Files.isDirectory(a.context())) {
            throw new UsageException("--context: " + a.context()
                    + (Files.exists(a.context()) ? " is not a folder" : ": no such folder"));
        }
        if (a.paths().indexOf("-") != a.paths().lastIndexOf("-")) {
            throw new UsageException("'-' (standard input) can be read only once");
        }
        List<String> files = DockerfilePaths.files(a.paths());
        if (a.output() != null) ReportOutput.refuseInput(a.output(), files);

        LintSettings settings = new LintSettings(
                cfg,
                Configs.catalog(cfg),
                BuildArg.resolve(a.buildArgs(), env),
                a.target(),
                a.context(),
                a.maxFileSize() != null ? a.maxFileSize() : LintSettings.DEFAULT_MAX_INPUT_BYTES,
                dev.imgslim.rules.shellcheck.ShellcheckRule.cacheFolder(env),
                // the PATH searched only when ShellCheck may run: --no-shellcheck is what hooks pass
                cfg.shellcheck() ? dev.imgslim.rules.shellcheck.ShellcheckRule.findOnPath(env) : null);
        LintRun run = new LintRun(new BuiltinEngine(), settings, System.in);
        boolean lineFormat = fmt.equalsIgnoreCase("tty") || fmt.equalsIgnoreCase("plain");
        if (!a.size() && a.sizeBudget() == null && a.image() == null && !a.probe()) {
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

        SizeAdvice sizeAdvice = a.size() || a.sizeBudget() != null
                ? SizeEstimator.advise(
                        result,
                        parsed::get,
                        new LintOptions(cfg, settings.buildArgs(), a.target(), null, null),
                        settings.catalog(),
                        a.sizeBudget())
                : null;
        ReportContext ctx = ReportContext.defaults(Version.get())
                .withColor(ColorOption.on(a.noColor(), env, a.output()))
                .withSourceLines(sourceLines(parsed))
                .withRuleHelp(RulePages.HELP);
        boolean sizeInReport =
                a.size() && (lineFormat || fmt.equalsIgnoreCase("json") || fmt.equalsIgnoreCase("sarif"));
        if (a.size()) ctx = ctx.withSize(sizeAdvice);
        int measuredCode = ExitCodes.OK;
        if (a.image() != null) {
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
        if (a.size() && lineFormat) SizeReportText.write(sizeAdvice, w);
        w.flush();
        ReportOutput.write(a.output(), buffer.toString(), out);
        for (LintResult.FileError e : result.errors()) err.println(e.render());
        if (a.size() && !sizeInReport) {
            // These formats have no place for it: say so, and give it where a human can read it.
            err.println("imgslim: --size: the " + fmt
                    + " format has no place for the size report; it follows on standard error");
            SizeReportText.write(sizeAdvice, err);
        }
        if (sizeAdvice != null && a.sizeBudget() != null) {
            for (String line : sizeAdvice.budgetLines()) err.println("imgslim: " + line);
        }
        if (a.verbose()) for (String note : notes(cfg, settings)) err.println("imgslim: " + note);
        if (a.verbose()) {
            // What ShellCheck did not check (too long, out of time) is in the report; repeated here for people.
            for (Finding f : findings) {
                if (dev.imgslim.rules.shellcheck.ShellcheckRule.isNotice(f.rule())) {
                    err.println("imgslim: " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.message());
                }
            }
        }
        err.flush();
        int probed = a.probe() ? probeFiles(files, parsed, settings, lineFormat) : ExitCodes.OK;
        if (!result.errors().isEmpty()) return ExitCodes.USAGE;
        if (probed != ExitCodes.OK) return probed;
        if (measuredCode != ExitCodes.OK) return measuredCode;
        // The budget is its own gate: --no-fail is about findings.
        if (sizeAdvice != null && sizeAdvice.budgetExceeded()) return ExitCodes.FINDINGS;
        if (a.noFail()) return ExitCodes.OK;
        // The threshold is decided here, where it is used: the flag, else the config file's setting.
        Severity threshold = a.failureThreshold() != null ? a.failureThreshold() : cfg.failureThreshold();
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
        ReportContext ctx = ReportContext.defaults(Version.get())
                .withColor(ColorOption.on(a.noColor(), env, a.output()))
                .withRuleHelp(RulePages.HELP);
        Severity threshold = a.failureThreshold() != null ? a.failureThreshold() : cfg.failureThreshold();
        Tally tally = new Tally(threshold, a.verbose());
        dev.imgslim.lint.AtomicFiles.Pending pending = null;
        PrintWriter report;
        if (a.output() != null) {
            try {
                pending = dev.imgslim.lint.AtomicFiles.open(a.output());
            } catch (dev.imgslim.lint.AtomicFiles.WriteException e) {
                throw new UserInputException(
                        "imgslim: cannot write the report to " + a.output() + ": " + e.getMessage());
            }
            report = new PrintWriter(new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(pending.stream(), java.nio.charset.StandardCharsets.UTF_8),
                    1 << 16));
        } else {
            report = out;
        }
        try {
            ReportStream stream = reporter.stream(ctx, report);
            if (inReportOrder(files)) {
                run.run(files, new java.util.function.Consumer<FileResult>() {
                    @Override
                    public void accept(FileResult r) {
                        tally.add(r);
                        toReport(stream, r, lineFormat);
                    }
                });
            } else {
                List<FileResult> all = new ArrayList<>();
                run.run(files, new java.util.function.Consumer<FileResult>() {
                    @Override
                    public void accept(FileResult r) {
                        tally.add(r);
                        all.add(r.findings().isEmpty() ? new FileResult(r.file(), null, List.of(), r.error()) : r);
                    }
                });
                all.sort(java.util.Comparator.comparing(FileResult::file));
                for (FileResult r : all) toReport(stream, r, lineFormat);
            }
            stream.end();
            report.flush();
            if (pending != null) {
                if (report.checkError()) throw new dev.imgslim.lint.AtomicFiles.WriteException("write error", null);
                pending.commit();
            }
        } catch (dev.imgslim.lint.AtomicFiles.WriteException e) {
            throw new UserInputException("imgslim: cannot write the report to " + a.output() + ": " + e.getMessage());
        } finally {
            if (pending != null) pending.abort();
        }
        if (pending == null) {
            Optional<String> failure = StdoutCheck.failure(report);
            if (failure.isPresent())
                throw new UserInputException("imgslim: cannot write the report to standard output: " + failure.get());
        }
        for (LintResult.FileError e : tally.errors) err.println(e.render());
        if (a.verbose()) for (String note : notes(cfg, run.settings())) err.println("imgslim: " + note);
        for (Finding f : tally.notices)
            err.println("imgslim: " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.message());
        err.flush();
        if (!tally.errors.isEmpty()) return ExitCodes.USAGE;
        if (a.noFail()) return ExitCodes.OK;
        return tally.failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * What the exit code and standard error need of each file's result, kept while the report streams.
     * Named classes, not lambdas, on every lint's path: on JDK 17 a lambda's first run costs ~0.1 ms of
     * linking (see {@link dev.imgslim.rules.LintContext#sharedOrNull}).
     */
    private static final class Tally {
        private final Severity threshold;
        private final boolean verbose;
        final List<LintResult.FileError> errors = new ArrayList<>();
        final List<Finding> notices = new ArrayList<>();
        boolean failing;

        Tally(Severity threshold, boolean verbose) {
            this.threshold = threshold;
            this.verbose = verbose;
        }

        void add(FileResult r) {
            if (r.error() != null) errors.add(r.error());
            for (Finding f : r.findings()) {
                if (f.severity().atLeast(threshold)) failing = true;
                if (verbose && dev.imgslim.rules.shellcheck.ShellcheckRule.isNotice(f.rule())) notices.add(f);
            }
        }
    }

    /** One file's findings to the report; its lines are split only if the reporter shows them. */
    private static void toReport(ReportStream stream, FileResult r, boolean lineFormat) {
        Dockerfile df = r.parsed();
        // File errors always go to stderr; the line formats would only repeat them on stdout.
        stream.file(r.file(), r.findings(), lineFormat ? null : r.error(), new SourceLines(df));
    }

    /** A file's lines, split when first asked for. */
    private static final class SourceLines implements java.util.function.Supplier<List<String>> {
        private final Dockerfile df;

        SourceLines(Dockerfile df) {
            this.df = df;
        }

        @Override
        public List<String> get() {
            return df == null ? List.of() : linesOf(df);
        }
    }

    /** The built-in engine, asked for when the first file is parsed (a class, not a method reference: see Tally). */
    private static final class BuiltinEngine implements java.util.function.Supplier<dev.imgslim.rules.LintEngine> {
        @Override
        public dev.imgslim.rules.LintEngine get() {
            return dev.imgslim.rules.LintEngine.builtin();
        }
    }

    private static List<String> trimmed(List<String> ids) {
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) out.add(id.trim());
        return List.copyOf(out);
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
        for (String id : a.ignore()) {
            if (id.isBlank()) throw new UsageException("--ignore: empty rule name");
            if (!names.isKnown(id.trim())) throw new UsageException("--ignore: " + names.unknownMessage(id.trim()));
        }
        for (String id : a.enable()) {
            if (id.isBlank()) throw new UsageException("--enable: empty rule name");
            if (!names.isKnown(id.trim())) throw new UsageException("--enable: " + names.unknownMessage(id.trim()));
        }
        for (RuleSeverity rs : a.severity()) {
            String id = rs.rule();
            if (!names.isKnown(id)) throw new UsageException("--severity: " + names.unknownMessage(id.trim()));
        }
    }

    /** The config file's settings with the flags over them. */
    private Config effectiveConfig(Config cfg) {
        if (!a.ignore().isEmpty()) cfg = cfg.withIgnore(trimmed(a.ignore()));
        if (!a.enable().isEmpty()) cfg = cfg.withEnable(trimmed(a.enable()));
        if (!a.severity().isEmpty()) {
            // The flags come first: the first entry that names a rule decides its severity.
            Map<String, Severity> overrides = new LinkedHashMap<>();
            for (RuleSeverity rs : a.severity()) overrides.put(rs.rule(), rs.severity());
            cfg.severity().forEach(overrides::putIfAbsent);
            cfg = cfg.withSeverity(overrides);
        }
        if (!a.trustedRegistries().isEmpty()) cfg = cfg.withTrustedRegistries(a.trustedRegistries());
        if (a.noShellcheck()) cfg = cfg.withShellcheck(false);
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
        dev.imgslim.analyze.ProgressLine progress =
                isTerminal() ? new dev.imgslim.analyze.ProgressLine(System.err) : dev.imgslim.analyze.ProgressLine.OFF;
        try (dev.imgslim.analyze.ImageSources sources = new dev.imgslim.analyze.ImageSources(
                env,
                java.time.Duration.ofSeconds(60),
                null,
                progress,
                msg -> err.println("imgslim lint: --image: " + msg))) {
            dev.imgslim.analyze.ImageLayers layers = sources.read(a.image(), a.registry());
            progress.done();
            return Optional.of(
                    dev.imgslim.analyze.FindingMeasurements.asSavings(dev.imgslim.analyze.FindingMeasurements.of(
                            layers, parsed, findings, settings.buildArgs(), a.target())));
        } catch (dev.imgslim.probe.ProbeFault | java.io.IOException e) {
            progress.done();
            err.println("imgslim lint: --image " + a.image() + ": " + e.getMessage());
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
        PrintWriter report = lineFormat && a.output() == null ? out : err;
        DockerfileProbing probing = new DockerfileProbing(
                env,
                isTerminal() ? System.err : null,
                false,
                report,
                err,
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
    private static List<String> notes(Config config, LintSettings settings) {
        List<String> notes = new ArrayList<>();
        if (config.source() != null) notes.add("config: " + config.source());
        if (!config.shellcheck()) notes.add("shellcheck: off (--no-shellcheck or 'shellcheck: false')");
        else if (settings.shellcheck() == null)
            notes.add(dev.imgslim.rules.shellcheck.ShellcheckRule.NOT_FOUND_MESSAGE);
        return notes;
    }

    static boolean isTerminal() {
        return dev.imgslim.report.Terminal.attached();
    }
}
