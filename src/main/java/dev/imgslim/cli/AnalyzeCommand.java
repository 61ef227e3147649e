package dev.imgslim.cli;

import dev.imgslim.analyze.Analysis;
import dev.imgslim.analyze.AnalysisHtml;
import dev.imgslim.analyze.AnalysisJson;
import dev.imgslim.analyze.AnalysisTable;
import dev.imgslim.analyze.Analyzer;
import dev.imgslim.analyze.GateResult;
import dev.imgslim.analyze.Gates;
import dev.imgslim.analyze.ImageLayers;
import dev.imgslim.analyze.ImageSources;
import dev.imgslim.analyze.ProbeResults;
import dev.imgslim.analyze.ProgressLine;
import dev.imgslim.build.BuildModel;
import dev.imgslim.config.Config;
import dev.imgslim.probe.Platform;
import dev.imgslim.probe.ProbeFault;
import dev.imgslim.probe.ProbePlanner;
import dev.imgslim.probe.ProbeReport;
import dev.imgslim.probe.ProbeRequest;
import dev.imgslim.probe.Prober;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.Dockerfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code imgslim analyze}: measures a real image layer by layer and ties every byte to the
 * Dockerfile line that put it there, with the lint findings' measured bytes and CI gates.
 */
public class AnalyzeCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        tty,
        json,
        html
    }

    private final Declare command = Declare.command(
                    this,
                    "analyze",
                    "Measure a built image layer by layer, attribute its bytes to Dockerfile lines, and gate CI on size and waste.")
            .exitCodes(
                    "0:analyzed; every gate passed",
                    "1:a gate failed (--max-size, --max-wasted, --max-wasted-percent, --min-efficiency, .dive-ci)",
                    "2:usage error or bad input",
                    "3:the image could not be read (not found, registry or engine unreachable, unreadable layer)");
    private final Opt<String> dockerfile = command.positional(
            String.class,
            "0..1",
            "DOCKERFILE",
            "The Dockerfile the image was built from: its lines get the bytes, its findings the measured figures");
    private final Opt<String> image =
            ImageOptions.image(command, "The image: in the local engine, else (or with --registry) in its registry");
    private final Opt<Boolean> registry =
            ImageOptions.registry(command, "Read --image straight from its registry, not the engine");
    private final Opt<Boolean> build =
            command.flag("Build DOCKERFILE through the engine first, then analyze the result", "--build");
    private final BuildOptions buildOptions = new BuildOptions(command);
    private final Opt<Path> context = ImageOptions.context(command, "Build context (default: the Dockerfile's folder)");
    private final Opt<String> network =
            command.option(String.class, "MODE", "Network for RUN during --build (e.g. host)", "--network");
    private final Opt<Platform> platform = ImageOptions.platform(
            command, "Platform to read from a multi-platform image (default: the engine's, else this machine's)");
    private final Opt<Format> format =
            command.defaulted(Format.class, "tty", "FORMAT", "tty (default), json or html", "-f", "--format");
    private final Opt<Path> output = command.output("Write the report to FILE (atomically); required for html");
    private final Opt<String> maxSize = command.option(
            String.class, "SIZE", "Exit 1 when the image (uncompressed) is larger, e.g. 500MB", "--max-size");
    private final Opt<String> maxWasted =
            command.option(String.class, "SIZE", "Exit 1 when more bytes than this are wasted", "--max-wasted");
    private final Opt<String> maxWastedPercent = command.option(
            String.class,
            "PCT",
            "Exit 1 when wasted bytes exceed PCT% of the Dockerfile's own layer bytes",
            "--max-wasted-percent");
    private final Opt<String> minEfficiency = command.option(
            String.class, "RATIO", "Exit 1 when dive's efficiency score is below RATIO (0..1)", "--min-efficiency");
    private final Opt<Path> diveCi = command.option(
            Path.class,
            "FILE",
            "dive's CI rules file (default: .dive-ci in the current folder when present)",
            "--dive-ci");
    private final ConfigOption config = new ConfigOption(command);
    private final Opt<Duration> timeout =
            ImageOptions.timeout(command, "60s", "Bound on each registry request (default: ${DEFAULT-VALUE})");
    private final ColorOption color = new ColorOption(command);
    private final Opt<Boolean> probe = ImageOptions.probe(
            command,
            "Also probe each shipped base and its slimmer catalog variants (and --candidate images) in"
                    + " their registries; json gets a \"probe\" array, html a chart of the candidates");
    private final Opt<List<String>> candidates =
            ImageOptions.candidates(command, "With --probe: one more base to measure; repeatable");
    private final Opt<Boolean> pull =
            ImageOptions.pull(command, "With --probe: pull each candidate through the engine for its on-disk size");
    private final CommandSpec spec = command.spec;
    private final Map<String, String> env;

    /** For tests: where DOCKER_HOST and DOCKER_CONFIG are read from. */
    public AnalyzeCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The command's model, for a picocli {@code CommandLine}. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (image.get() == null && !build.get())
            throw usage("name the image with --image NAME, or give --build with a DOCKERFILE");
        if (image.get() != null && build.get()) throw usage("--image and --build are two image sources: give one");
        if (build.get() && dockerfile.get() == null) throw usage("--build needs a DOCKERFILE");
        Format fmt = format.get();
        if (fmt == Format.html && output.get() == null) throw usage("--format html writes a page: give -o FILE");
        if ((pull.get() || !candidates.get().isEmpty()) && !probe.get())
            throw usage("--pull and --candidate go with --probe");
        if (probe.get() && dockerfile.get() == null)
            throw usage("--probe needs the DOCKERFILE (its bases are what is probed)");
        Gates gates = new Gates();
        try {
            gates.maxSize(maxSize.get())
                    .maxWasted(maxWasted.get())
                    .maxWastedPercent(maxWastedPercent.get())
                    .minEfficiency(minEfficiency.get());
            gates.diveCi(diveCi.get() != null ? diveCi.get() : Path.of(".dive-ci"));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("imgslim analyze: cannot read " + diveCi.get() + ": " + e.getMessage());
        }
        if (diveCi.get() != null && !java.nio.file.Files.isRegularFile(diveCi.get())) {
            throw new UserInputException(diveCi.get() + ":1:1: error: no such file");
        }

        Dockerfile df = null;
        BuildModel model = null;
        List<Finding> findings = List.of();
        Map<String, String> args = buildOptions.buildArgs(env);
        String target = buildOptions.target();
        Config settings = Config.defaults(); // --probe needs the DOCKERFILE, so it always has the loaded one
        if (dockerfile.get() != null) {
            df = DockerfileInput.readValid(dockerfile.get(), System.in);
            model = BuildModel.of(df, args, target);
            settings = config.load();
            Path dfPath = dockerfile.get().equals("-") ? null : Path.of(dockerfile.get());
            Path ctx = context.get() != null
                    ? context.get()
                    : dfPath != null ? dfPath.toAbsolutePath().getParent() : null;
            findings = LintEngine.builtin()
                    .lint(
                            df,
                            new LintOptions(
                                    settings,
                                    args,
                                    target,
                                    ctx,
                                    dfPath,
                                    null,
                                    dev.imgslim.rules.shellcheck.ShellcheckRule.cacheFolder(env),
                                    dev.imgslim.rules.shellcheck.ShellcheckRule.findOnPath(env)));
        }

        ProgressLine progress =
                dev.imgslim.report.Terminal.attached() ? new ProgressLine(System.err) : ProgressLine.OFF;
        ImageSources sources = new ImageSources(env, timeout.get(), platform.get(), progress, msg -> {
            err.println("imgslim analyze: " + msg);
            err.flush();
        });
        ImageLayers layers;
        String baseImage = model == null || model.finalStage().rootImage() == null
                ? null
                : model.finalStage().rootImage().original();
        int baseLayers;
        try {
            String ref = image.get();
            if (build.get()) {
                Path dfPath = Path.of(dockerfile.get());
                Path ctx = context.get() != null
                        ? context.get()
                        : dfPath.toAbsolutePath().getParent();
                var need = dev.imgslim.analyze.BuildKitOnly.firstNeed(df);
                if (need.isPresent()) throw new UserInputException(need.get());
                ref = sources.build(dfPath, ctx, args, target, network.get());
            }
            layers = sources.read(ref, registry.get());
            baseLayers = baseImage == null ? -1 : sources.layerCount(baseImage, layers.source(), ref);
        } catch (ProbeFault e) {
            return unreadable(progress, err, e.getMessage());
        } catch (IOException e) {
            return unreadable(
                    progress, err, (image.get() != null ? image.get() : dockerfile.get()) + ": " + e.getMessage());
        } finally {
            sources.close();
        }
        progress.done();
        Analysis analysis = Analyzer.analyze(layers, model, dockerfile.get(), findings, baseImage, baseLayers);
        List<GateResult> results = gates.check(analysis);
        List<ProbeResults.Run> probes = probe.get() ? probe(model, Configs.catalog(settings), err) : List.of();
        String report =
                switch (fmt) {
                    case json -> AnalysisJson.write(analysis, results, probes);
                    case html -> AnalysisHtml.write(analysis, results, df, probes);
                    case tty -> {
                        java.io.StringWriter sw = new java.io.StringWriter();
                        AnalysisTable.write(analysis, results, new PrintWriter(sw), color.on(env, output.get()));
                        yield sw.toString();
                    }
                };
        ReportOutput.write(output.get(), report, out);
        boolean failed = false;
        for (GateResult r : results) {
            if (!r.passed()) {
                err.println("imgslim analyze: " + r.message());
                failed = true;
            }
        }
        boolean unmeasured = false;
        for (ProbeResults.Run run : probes) {
            for (String e : run.report().errors()) {
                err.println("imgslim analyze: --probe: " + e);
                unmeasured = true;
            }
        }
        err.flush();
        if (unmeasured) return ExitCodes.PROBE_FAILED;
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** {@code --probe}: each shipped base with its catalog ladder and the --candidate images, sizes from the registry. */
    private List<ProbeResults.Run> probe(BuildModel model, dev.imgslim.catalog.Catalog catalog, PrintWriter err) {
        List<ProbeResults.Run> runs = new ArrayList<>();
        for (ProbePlanner.Target target : ProbePlanner.plan(model, catalog, candidates.get())) {
            ProbeRequest request = new ProbeRequest(
                    target.base(),
                    target.candidates(),
                    platform.get(),
                    pull.get(),
                    null,
                    ProbeRequest.DEFAULT_RUNS,
                    timeout.get(),
                    List.of());
            ProbeReport report =
                    new Prober(request, env, dev.imgslim.report.Terminal.attached() ? System.err : null).run();
            runs.add(new ProbeResults.Run(target.stage().name(), report));
        }
        if (runs.isEmpty()) err.println("imgslim analyze: --probe: no shipped stage starts from an image");
        return runs;
    }

    /** The image could not be read or built: the progress line is cleared before the message. */
    private static int unreadable(ProgressLine progress, PrintWriter err, String message) {
        progress.done();
        err.println("imgslim analyze: " + message);
        err.flush();
        return ExitCodes.PROBE_FAILED;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
