package dev.imgslim.cli;

import dev.imgslim.config.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code imgslim lint} declared for picocli: its help, and its command line read into {@link LintArgs} for
 * {@link Lint}, which does the lint. A plain command line is read without picocli ({@link PlainArguments});
 * what that reader does not take comes here.
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
    private final Opt<List<RuleSeverity>> severity = command.repeated(
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
        CommandLine commandLine = spec.commandLine();
        try {
            return new Lint(args(), env, commandLine.getOut(), commandLine.getErr()).run();
        } catch (UsageException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** The command line as picocli read it. */
    LintArgs args() {
        return new LintArgs(
                inputs.paths(),
                format.get(),
                output.get(),
                failureThreshold.get(),
                noFail.get(),
                config.file(),
                ignore.get(),
                enable.get(),
                severity.get(),
                build.list(),
                build.target(),
                context.get(),
                trustedRegistries.get(),
                color.noColor(),
                noShellcheck.get(),
                size.get(),
                sizeBudget.get(),
                maxFileSize.get(),
                probe.get(),
                image.get(),
                registry.get(),
                verbose.get());
    }
}
