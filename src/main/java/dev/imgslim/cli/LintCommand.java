package dev.imgslim.cli;

import dev.imgslim.advice.Bytes;
import dev.imgslim.advice.SizeAdvice;
import dev.imgslim.advice.SizeEstimator;
import dev.imgslim.advice.SizeReportText;
import dev.imgslim.config.Config;
import dev.imgslim.config.ConfigLoader;
import dev.imgslim.lint.AtomicFiles;
import dev.imgslim.lint.DockerfileFinder;
import dev.imgslim.lint.Linter;
import dev.imgslim.report.ReportContext;
import dev.imgslim.report.Reporter;
import dev.imgslim.report.Reporters;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.Severity;
import dev.imgslim.rules.base.BaseCatalogs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code imgslim lint}: report what makes images big or slow, and correctness problems. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Lint Dockerfiles: what makes the image big or slow to pull, and correctness problems.",
                "PATH may be a file, a folder (searched for Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile...) or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:nothing at or above --failure-threshold",
            " 1:findings at or above --failure-threshold, or the size budget exceeded",
            " 2:usage error or bad input (missing file, parse error, bad config)",
            " 3:the probe could not measure an image (with --probe)",
            "70:internal error"})
final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Dockerfiles or folders; - reads standard input")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "tty, plain, json, sarif, checkstyle, gitlab, github, junit (default: tty on a terminal, else plain)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output")
    Path output;

    @Option(names = "--failure-threshold", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, info, style (default: warning)")
    String failureThreshold;

    @Option(names = "--no-fail", description = "Exit 0 even when there are findings (input errors still exit 2)")
    boolean noFail;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Config file (default: .imgslim.yaml in the current folder or above)")
    Path configFile;

    @Option(names = "--ignore", paramLabel = "RULE", description = "Do not report RULE (code, name or alias); repeatable")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "Build argument as docker build takes it (overrides ARG defaults); repeatable")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = "--target", paramLabel = "STAGE", description = "The stage that is built (default: the last)")
    String target;

    @Option(names = "--context", paramLabel = "DIR", description = "Build context (default: each Dockerfile's folder)")
    Path context;

    @Option(names = "--trusted-registry", paramLabel = "REGISTRY", description = "Registry FROM may use; repeatable (default: any)")
    List<String> trustedRegistries = new ArrayList<>();

    @Option(names = "--no-color", description = "No ANSI colours (also when NO_COLOR is set)")
    boolean noColor;

    @Option(names = "--no-shellcheck", description = "Do not run shellcheck on RUN scripts")
    boolean noShellcheck;

    @Option(names = "--size", description = "After the report: per stage the base and its size, whether it ships, an estimated"
            + " lower bound for the final image and the savings with a total (json: \"size\", sarif: run properties)")
    boolean size;

    @Option(names = "--size-budget", paramLabel = "SIZE", description = "Exit 1 when the estimated final image exceeds SIZE"
            + " (500MB, 1.5GB, 800MiB): compares the compressed estimate where known, else on disk; unknown sizes only get a note")
    String sizeBudget;

    @Option(names = "--probe", description = "After linting, probe each shipped base and its slimmer catalog variants"
            + " in their registries (sizes without pulling); see 'imgslim probe' for more")
    boolean probe;

    @Option(names = "--verbose", description = "Say what was skipped and why (e.g. shellcheck not installed)")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Config config = loadConfig();
        if (!ignore.isEmpty()) config = config.withIgnore(ignore);
        if (failureThreshold != null) config = config.withFailureThreshold(parseSeverity(failureThreshold));
        if (!trustedRegistries.isEmpty()) config = config.withTrustedRegistries(trustedRegistries);
        if (noShellcheck) config = config.withShellcheck(false);
        String fmt = format != null ? format : config.format() != null ? config.format() : (isTerminal() && output == null ? "tty" : "plain");
        Reporter reporter;
        try {
            reporter = Reporters.forName(fmt);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("imgslim: " + e.getMessage());
        }
        List<String> files = DockerfileFinder.expand(paths);
        if (files.isEmpty()) throw new UserInputException("imgslim: no Dockerfile found under " + String.join(", ", paths));

        LintOptions options = new LintOptions(config, parseBuildArgs(), target, null, null);
        Linter linter = new Linter(LintEngine.builtin());
        LintResult result = linter.lint(files, options, context, System.in);

        ReportContext ctx = ReportContext.defaults(Version.get())
                .withColor(!noColor && System.getenv("NO_COLOR") == null && output == null && isTerminal())
                .withSourceLines(sourceLines(linter))
                .withRuleHelp(RulePages::read);
        SizeAdvice sizeAdvice = size || sizeBudget != null ? sizeAdvice(result, linter, options, config) : null;
        if (size) ctx = ctx.withSize(sizeAdvice);
        StringWriter buffer = new StringWriter();
        PrintWriter w = new PrintWriter(buffer);
        // File errors always go to stderr; the line formats would only repeat them on stdout.
        boolean lineFormat = fmt.equals("tty") || fmt.equals("plain");
        reporter.write(lineFormat ? new LintResult(result.files(), result.findings(), List.of()) : result, ctx, w);
        if (size && lineFormat) SizeReportText.write(sizeAdvice, w);
        w.flush();
        if (output != null) {
            AtomicFiles.write(output, buffer.toString());
        } else {
            spec.commandLine().getOut().print(buffer);
            spec.commandLine().getOut().flush();
        }
        for (LintResult.FileError e : result.errors()) spec.commandLine().getErr().println(e.render());
        spec.commandLine().getErr().flush();
        if (sizeAdvice != null && sizeBudget != null) {
            for (String line : sizeAdvice.budgetLines()) spec.commandLine().getErr().println("imgslim: " + line);
            spec.commandLine().getErr().flush();
        }
        if (verbose) for (String note : notes(config)) spec.commandLine().getErr().println("imgslim: " + note);
        int probed = probe ? probeFiles(files, result, lineFormat) : ExitCodes.OK;
        if (!result.errors().isEmpty()) return ExitCodes.USAGE;
        if (probed != ExitCodes.OK) return probed;
        // The budget is its own gate: --no-fail is about findings.
        if (sizeAdvice != null && sizeAdvice.budgetExceeded()) return ExitCodes.FINDINGS;
        if (noFail) return ExitCodes.OK;
        for (Finding f : result.findings()) if (f.severity().atLeast(config.failureThreshold())) return ExitCodes.FINDINGS;
        return ExitCodes.OK;
    }

    /** Each file's lines, split once however many findings a reporter shows from it. */
    private static java.util.function.Function<String, List<String>> sourceLines(Linter linter) {
        java.util.Map<String, List<String>> cache = new java.util.HashMap<>();
        return f -> linter.parsed(f) == null ? List.of()
                : cache.computeIfAbsent(f, k -> linter.parsed(k).source().text().lines().toList());
    }

    /** {@code --size} / {@code --size-budget}: the estimate from the catalog and the findings, before any build. */
    private SizeAdvice sizeAdvice(LintResult result, Linter linter, LintOptions options, Config config) {
        Long budget = null;
        if (sizeBudget != null) {
            try {
                budget = Bytes.parse(sizeBudget);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("imgslim: --size-budget: " + e.getMessage());
            }
        }
        try {
            return SizeEstimator.advise(result, linter::parsed, options, BaseCatalogs.forConfig(config), budget);
        } catch (ConfigLoader.ConfigException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** Runs the Dockerfile probe on every file that parsed; its report follows the lint report (stderr for machine formats). */
    private int probeFiles(List<String> files, LintResult result, boolean lineFormat) {
        int code = ExitCodes.OK;
        for (String f : files) {
            if (f.equals("-") || result.errors().stream().anyMatch(e -> e.file().equals(f))) continue;
            ProbeCommand probeCommand = new ProbeCommand();
            picocli.CommandLine cl = new picocli.CommandLine(probeCommand);
            cl.setOut(lineFormat && output == null ? spec.commandLine().getOut() : spec.commandLine().getErr());
            cl.setErr(spec.commandLine().getErr());
            List<String> args = new ArrayList<>();
            if (configFile != null) args.addAll(List.of("--config", configFile.toString()));
            for (String b : buildArgs) args.addAll(List.of("--build-arg", b));
            if (target != null) args.addAll(List.of("--target", target));
            args.add(f);
            int c = cl.execute(args.toArray(String[]::new));
            code = Math.max(code, c == ExitCodes.OK ? ExitCodes.OK : ExitCodes.PROBE_FAILED);
        }
        return code;
    }

    /** What --verbose explains about this run. */
    private static List<String> notes(Config config) {
        List<String> notes = new ArrayList<>();
        if (config.source() != null) notes.add("config: " + config.source());
        if (!config.shellcheck()) notes.add("shellcheck: off (--no-shellcheck or 'shellcheck: false')");
        else if (!dev.imgslim.rules.shellcheck.ShellcheckRule.available()) notes.add(dev.imgslim.rules.shellcheck.ShellcheckRule.NOT_FOUND_MESSAGE);
        return notes;
    }

    private Config loadConfig() {
        return Configs.load(configFile);
    }

    private Map<String, String> parseBuildArgs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : buildArgs) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                // docker build --build-arg KEY takes the value from the environment.
                String v = System.getenv(kv);
                if (v != null) out.put(kv, v);
                continue;
            }
            out.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return out;
    }

    static Severity parseSeverity(String s) {
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("imgslim: --failure-threshold: " + e.getMessage());
        }
    }

    static boolean isTerminal() {
        return System.console() != null;
    }
}
