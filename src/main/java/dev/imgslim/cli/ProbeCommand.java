package dev.imgslim.cli;

import dev.imgslim.probe.Platform;
import dev.imgslim.probe.ProbeJsonWriter;
import dev.imgslim.probe.ProbeReport;
import dev.imgslim.probe.ProbeRequest;
import dev.imgslim.probe.ProbeTableWriter;
import dev.imgslim.probe.Prober;
import java.io.PrintStream;
import java.io.PrintWriter;
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
 * {@code imgslim probe}: measures real base images through a registry and a Docker Engine.
 * This command works on explicit images; the Dockerfile-driven path computes a base and
 * candidates and calls {@link #probe(String, List)} with them.
 *
 * <p>Exit codes: 0 everything measured, 2 usage error, 3 the probe could not measure something
 * (each failure is one line on stderr; the rest of the report still comes on stdout).
 */
@Command(
        name = "probe",
        mixinStandardHelpOptions = true,
        description = "Measure base images for real: registry sizes without pulling, and with a Docker Engine "
                + "pull time, on-disk size, cold-start time and whether the image has the commands you need.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything asked for was measured",
            "2:usage error",
            "3:the probe could not measure something"
        })
public class ProbeCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        table,
        json
    }

    @Spec
    CommandSpec spec;

    @CommandLine.Parameters(
            paramLabel = "DOCKERFILE",
            arity = "0..1",
            description =
                    "Probe the bases of the Dockerfile's shipped stages and the catalog's slimmer variants of each")
    String dockerfile;

    @CommandLine.Mixin
    BuildOptions build = new BuildOptions();

    @CommandLine.Mixin
    ConfigOption config = new ConfigOption();

    @Option(
            names = "--base",
            paramLabel = "IMAGE",
            description = "The current base image; candidates are compared with it.")
    String base;

    @Option(names = "--candidate", paramLabel = "IMAGE", description = "An image to measure (repeatable).")
    List<String> candidates = new ArrayList<>();

    @Option(
            names = "--platform",
            paramLabel = "OS/ARCH[/VARIANT]",
            converter = Converters.PlatformConverter.class,
            description = "Platform to measure (default: the daemon's, e.g. linux/amd64).")
    Platform platform;

    @Option(names = "--pull", description = "Pull through the daemon: on-disk size, layers and pull time.")
    boolean pull;

    @Option(
            names = "--cold-start",
            paramLabel = "CMD",
            description = "Time `sh -c CMD` in a fresh container (network none).")
    String coldStart;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "5",
            description = "Cold-start runs per image (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = Converters.DurationConverter.class,
            description =
                    "Bound on each registry request and container run, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout = ProbeRequest.DEFAULT_TIMEOUT;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--needs",
            paramLabel = "CMD",
            split = ",",
            description = "Commands the Dockerfile needs (apt-get,pip,gcc,...); candidates lacking one are marked.")
    List<String> needs = new ArrayList<>();

    private final Map<String, String> env;

    public ProbeCommand() {
        this(System.getenv());
    }

    /** For embedding and tests: where DOCKER_HOST, DOCKER_CONTEXT and DOCKER_CONFIG are read from. */
    public ProbeCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public Integer call() {
        if (dockerfile != null) return probeDockerfile(dockerfile);
        if (base == null && candidates.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "nothing to probe: give a DOCKERFILE, --base or --candidate");
        }
        // Images named on the command line are the user's input: a bad one is a usage error, as in lint.
        // (References taken from a FROM line are measured or reported per image instead.)
        List<String> named = new ArrayList<>(candidates);
        if (base != null) named.add(0, base);
        for (String ref : named) {
            try {
                dev.imgslim.probe.ImageName.parse(ref);
            } catch (dev.imgslim.probe.ProbeFault f) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), dev.imgslim.lint.Printable.clean(f.getMessage()));
            }
        }
        return probe(base, candidates);
    }

    /**
     * Probes every shipped stage's base of a Dockerfile against its slimmer catalog variants and the
     * {@code --candidate} images; the commands its RUN lines use become the fitness check.
     */
    public int probeDockerfile(String path) {
        dev.imgslim.syntax.Dockerfile df = DockerfileInput.read(path, System.in);
        dev.imgslim.build.BuildModel model = dev.imgslim.build.BuildModel.of(df, build.buildArgs(env), build.target);
        dev.imgslim.lint.TargetCheck.require(model, build.target).ifPresent(message -> {
            throw new UserInputException(path + ":1:1: error: " + message);
        });
        dev.imgslim.config.Config settings = config.load();
        PrintStream progress = dev.imgslim.report.Terminal.attached() ? System.err : null;
        return new DockerfileProbing(
                        env,
                        progress,
                        format == Format.json,
                        out(),
                        err(),
                        (t, stageNeeds) -> request(t.base(), t.candidates(), needs.isEmpty() ? stageNeeds : needs))
                .probe(path, model, Configs.catalog(settings), candidates);
    }

    /**
     * Probes a base image and candidates with this command's options (platform, pull,
     * cold start, runs, timeout, needs, format), writes the report to the command's out/err
     * and returns the exit code (0 measured, 3 could not measure). The entry point for the
     * Dockerfile-driven probe: pass the Dockerfile's base image and the catalog's candidates.
     *
     * @throws CommandLine.ParameterException for invalid option values (exit code 2 through picocli)
     */
    public int probe(String baseImage, List<String> candidateImages) {
        ProbeRequest request = request(baseImage, candidateImages);
        PrintStream progress = dev.imgslim.report.Terminal.attached() ? System.err : null;
        ProbeReport report = new Prober(request, env, progress).run();
        PrintWriter out = out();
        PrintWriter err = err();
        if (format == Format.json) {
            new ProbeJsonWriter().write(report, out);
        } else {
            new ProbeTableWriter().write(report, out);
        }
        for (String error : report.errors()) err.println("imgslim probe: " + error);
        err.flush();
        return report.exitCode();
    }

    /** The request these options describe; usage errors come back as picocli ParameterExceptions. */
    public ProbeRequest request(String baseImage, List<String> candidateImages) {
        return request(baseImage, candidateImages, needs);
    }

    private ProbeRequest request(String baseImage, List<String> candidateImages, List<String> needed) {
        try {
            return new ProbeRequest(
                    baseImage,
                    candidateImages,
                    platform,
                    pull,
                    coldStart == null || coldStart.isBlank() ? null : coldStart,
                    runs,
                    timeout,
                    needed.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
        } catch (IllegalArgumentException e) {
            if (spec != null) throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            throw e;
        }
    }

    private PrintWriter out() {
        return spec != null ? spec.commandLine().getOut() : utf8(System.out);
    }

    private PrintWriter err() {
        return spec != null ? spec.commandLine().getErr() : utf8(System.err);
    }

    /** Embedded without picocli's spec: the process's own stream, UTF-8, flushed on each line. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }
}
