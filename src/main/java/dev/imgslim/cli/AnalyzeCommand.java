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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code imgslim analyze}: measures a real image layer by layer and ties every byte to the
 * Dockerfile line that put it there, with the lint findings' measured bytes and CI gates.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description =
                "Measure a built image layer by layer, attribute its bytes to Dockerfile lines, and gate CI on size and waste.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:analyzed; every gate passed",
            "1:a gate failed (--max-size, --max-wasted, --max-wasted-percent, --min-efficiency, .dive-ci)",
            "2:usage error or bad input",
            "3:the image could not be read (not found, registry or engine unreachable, unreadable layer)"
        })
public class AnalyzeCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        tty,
        json,
        html
    }

    @Spec
    CommandSpec spec;

    @CommandLine.Parameters(
            paramLabel = "DOCKERFILE",
            arity = "0..1",
            description =
                    "The Dockerfile the image was built from: its lines get the bytes, its findings the measured figures")
    String dockerfile;

    @Option(
            names = "--image",
            paramLabel = "NAME",
            description = "The image: in the local engine, else (or with --registry) in its registry")
    String image;

    @Option(names = "--registry", description = "Read --image straight from its registry, not the engine")
    boolean registry;

    @Option(names = "--build", description = "Build DOCKERFILE through the engine first, then analyze the result")
    boolean build;

    @CommandLine.Mixin
    BuildOptions buildOptions = new BuildOptions();

    @Option(names = "--context", paramLabel = "DIR", description = "Build context (default: the Dockerfile's folder)")
    Path context;

    @Option(names = "--network", paramLabel = "MODE", description = "Network for RUN during --build (e.g. host)")
    String network;

    @Option(
            names = "--platform",
            paramLabel = "OS/ARCH[/VARIANT]",
            converter = Converters.PlatformConverter.class,
            description = "Platform to read from a multi-platform image (default: the engine's, else this machine's)")
    Platform platform;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "tty (default), json or html")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE (atomically); required for html")
    Path output;

    @Option(
            names = "--max-size",
            paramLabel = "SIZE",
            description = "Exit 1 when the image (uncompressed) is larger, e.g. 500MB")
    String maxSize;

    @Option(names = "--max-wasted", paramLabel = "SIZE", description = "Exit 1 when more bytes than this are wasted")
    String maxWasted;

    @Option(
            names = "--max-wasted-percent",
            paramLabel = "PCT",
            description = "Exit 1 when wasted bytes exceed PCT% of the Dockerfile's own layer bytes")
    String maxWastedPercent;

    @Option(
            names = "--min-efficiency",
            paramLabel = "RATIO",
            description = "Exit 1 when dive's efficiency score is below RATIO (0..1)")
    String minEfficiency;

    @Option(
            names = "--dive-ci",
            paramLabel = "FILE",
            description = "dive's CI rules file (default: .dive-ci in the current folder when present)")
    Path diveCi;

    @CommandLine.Mixin
    ConfigOption config = new ConfigOption();

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "60s",
            converter = Converters.DurationConverter.class,
            description = "Bound on each registry request (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @CommandLine.Mixin
    ColorOption color = new ColorOption();

    @Option(
            names = "--probe",
            description = "Also probe each shipped base and its slimmer catalog variants (and --candidate images) in"
                    + " their registries; json gets a \"probe\" array, html a chart of the candidates")
    boolean probe;

    @Option(
            names = "--candidate",
            paramLabel = "IMAGE",
            description = "With --probe: one more base to measure; repeatable")
    List<String> candidates = new ArrayList<>();

    @Option(names = "--pull", description = "With --probe: pull each candidate through the engine for its on-disk size")
    boolean pull;

    private final Map<String, String> env;

    public AnalyzeCommand() {
        this(System.getenv());
    }

    /** For tests: where DOCKER_HOST and DOCKER_CONFIG are read from. */
    public AnalyzeCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (image == null && !build) throw usage("name the image with --image NAME, or give --build with a DOCKERFILE");
        if (image != null && build) throw usage("--image and --build are two image sources: give one");
        if (build && dockerfile == null) throw usage("--build needs a DOCKERFILE");
        Format fmt = format != null ? format : Format.tty;
        if (fmt == Format.html && output == null) throw usage("--format html writes a page: give -o FILE");
        if ((pull || !candidates.isEmpty()) && !probe) throw usage("--pull and --candidate go with --probe");
        if (probe && dockerfile == null) throw usage("--probe needs the DOCKERFILE (its bases are what is probed)");
        Gates gates = new Gates();
        try {
            gates.maxSize(maxSize)
                    .maxWasted(maxWasted)
                    .maxWastedPercent(maxWastedPercent)
                    .minEfficiency(minEfficiency);
            gates.diveCi(diveCi != null ? diveCi : Path.of(".dive-ci"));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("imgslim analyze: cannot read " + diveCi + ": " + e.getMessage());
        }
        if (diveCi != null && !java.nio.file.Files.isRegularFile(diveCi)) {
            throw new UserInputException(diveCi + ":1:1: error: no such file");
        }

        Dockerfile df = null;
        BuildModel model = null;
        List<Finding> findings = List.of();
        Map<String, String> args = buildOptions.buildArgs(env);
        String target = buildOptions.target;
        Config settings = Config.defaults(); // --probe needs the DOCKERFILE, so it always has the loaded one
        if (dockerfile != null) {
            df = DockerfileInput.readValid(dockerfile, System.in);
            model = BuildModel.of(df, args, target);
            settings = config.load();
            Path dfPath = dockerfile.equals("-") ? null : Path.of(dockerfile);
            Path ctx = context != null
                    ? context
                    : dfPath != null ? dfPath.toAbsolutePath().getParent() : null;
            findings = LintEngine.builtin().lint(df, new LintOptions(settings, args, target, ctx, dfPath));
        }

        ProgressLine progress =
                dev.imgslim.report.Terminal.attached() ? new ProgressLine(System.err) : ProgressLine.OFF;
        ImageSources sources = new ImageSources(env, timeout, platform, progress, msg -> {
            err.println("imgslim analyze: " + msg);
            err.flush();
        });
        ImageLayers layers;
        String baseImage = model == null || model.finalStage().rootImage() == null
                ? null
                : model.finalStage().rootImage().original();
        int baseLayers;
        try {
            String ref = image;
            if (build) {
                Path dfPath = Path.of(dockerfile);
                Path ctx = context != null ? context : dfPath.toAbsolutePath().getParent();
                var need = dev.imgslim.analyze.BuildKitOnly.firstNeed(df);
                if (need.isPresent()) throw new UserInputException(need.get());
                ref = sources.build(dfPath, ctx, args, target, network);
            }
            layers = sources.read(ref, registry);
            baseLayers = baseImage == null ? -1 : sources.layerCount(baseImage, layers.source(), ref);
        } catch (ProbeFault e) {
            return unreadable(progress, err, e.getMessage());
        } catch (IOException e) {
            return unreadable(progress, err, (image != null ? image : dockerfile) + ": " + e.getMessage());
        } finally {
            sources.close();
        }
        progress.done();
        Analysis analysis = Analyzer.analyze(layers, model, dockerfile, findings, baseImage, baseLayers);
        List<GateResult> results = gates.check(analysis);
        List<ProbeResults.Run> probes = probe ? probe(model, Configs.catalog(settings), err) : List.of();
        String report =
                switch (fmt) {
                    case json -> AnalysisJson.write(analysis, results, probes);
                    case html -> AnalysisHtml.write(analysis, results, df, probes);
                    case tty -> {
                        java.io.StringWriter sw = new java.io.StringWriter();
                        AnalysisTable.write(analysis, results, new PrintWriter(sw), color.on(env, output));
                        yield sw.toString();
                    }
                };
        ReportOutput.write(output, report, out);
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
        for (ProbePlanner.Target target : ProbePlanner.plan(model, catalog, candidates)) {
            ProbeRequest request = new ProbeRequest(
                    target.base(),
                    target.candidates(),
                    platform,
                    pull,
                    null,
                    ProbeRequest.DEFAULT_RUNS,
                    timeout,
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
