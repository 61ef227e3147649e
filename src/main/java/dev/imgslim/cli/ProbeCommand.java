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
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code imgslim probe}: measures real base images through a registry and a Docker Engine.
 * This command works on explicit images; the Dockerfile-driven path computes a base and
 * candidates and calls {@link #probe(String, List)} with them.
 *
 * <p>Exit codes: 0 everything measured, 2 usage error, 3 the probe could not measure something
 * (each failure is one line on stderr; the rest of the report still comes on stdout).
 */
public class ProbeCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        table,
        json
    }

    private final Declare command = Declare.command(
                    this,
                    "probe",
                    "Measure base images for real: registry sizes without pulling, and with a Docker Engine "
                            + "pull time, on-disk size, cold-start time and whether the image has the commands you need.")
            .exitCodes(
                    "0:everything asked for was measured", "2:usage error", "3:the probe could not measure something");
    private final Opt<String> dockerfile = command.positional(
            String.class,
            "0..1",
            "DOCKERFILE",
            "Probe the bases of the Dockerfile's shipped stages and the catalog's slimmer variants of each");
    private final BuildOptions build = new BuildOptions(command);
    private final ConfigOption config = new ConfigOption(command);
    private final Opt<String> base =
            command.option(String.class, "IMAGE", "The current base image; candidates are compared with it.", "--base");
    private final Opt<List<String>> candidates = ImageOptions.candidates(command, "An image to measure (repeatable).");
    private final Opt<Platform> platform =
            ImageOptions.platform(command, "Platform to measure (default: the daemon's, e.g. linux/amd64).");
    private final Opt<Boolean> pull =
            ImageOptions.pull(command, "Pull through the daemon: on-disk size, layers and pull time.");
    private final Opt<String> coldStart = command.option(
            String.class, "CMD", "Time `sh -c CMD` in a fresh container (network none).", "--cold-start");
    private final Opt<Integer> runs =
            command.defaulted(int.class, "5", "N", "Cold-start runs per image (default: ${DEFAULT-VALUE}).", "--runs");
    private final Opt<Duration> timeout = ImageOptions.timeout(
            command,
            "30s",
            "Bound on each registry request and container run, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).");
    private final Opt<Format> format = command.defaulted(
            Format.class, "table", "FORMAT", "table or json (default: ${DEFAULT-VALUE}).", "--format");
    private final Opt<List<String>> needs = command.words(
            ",",
            "CMD",
            "Commands the Dockerfile needs (apt-get,pip,gcc,...); candidates lacking one are marked.",
            "--needs");
    private final CommandSpec spec = command.spec;
    private final Map<String, String> env;

    /** For embedding and tests: where DOCKER_HOST, DOCKER_CONTEXT and DOCKER_CONFIG are read from. */
    public ProbeCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The command's model, for a picocli {@code CommandLine}. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        if (dockerfile.get() != null) return probeDockerfile(dockerfile.get());
        if (base.get() == null && candidates.get().isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "nothing to probe: give a DOCKERFILE, --base or --candidate");
        }
        // Images named on the command line are the user's input: a bad one is a usage error, as in lint.
        // (References taken from a FROM line are measured or reported per image instead.)
        List<String> named = new ArrayList<>(candidates.get());
        if (base.get() != null) named.add(0, base.get());
        for (String ref : named) {
            try {
                dev.imgslim.probe.ImageName.parse(ref);
            } catch (dev.imgslim.probe.ProbeFault f) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), dev.imgslim.lint.Printable.clean(f.getMessage()));
            }
        }
        return probe(base.get(), candidates.get());
    }

    /**
     * Probes every shipped stage's base of a Dockerfile against its slimmer catalog variants and the
     * {@code --candidate} images; the commands its RUN lines use become the fitness check.
     */
    public int probeDockerfile(String path) {
        dev.imgslim.syntax.Dockerfile df = DockerfileInput.read(path, System.in);
        dev.imgslim.build.BuildModel model = dev.imgslim.build.BuildModel.of(df, build.buildArgs(env), build.target());
        dev.imgslim.lint.TargetCheck.require(model, build.target()).ifPresent(message -> {
            throw new UserInputException(path + ":1:1: error: " + message);
        });
        dev.imgslim.config.Config settings = config.load();
        PrintStream progress = dev.imgslim.report.Terminal.attached() ? System.err : null;
        return new DockerfileProbing(
                        env,
                        progress,
                        format.get() == Format.json,
                        out(),
                        err(),
                        (t, stageNeeds) ->
                                request(t.base(), t.candidates(), needs.get().isEmpty() ? stageNeeds : needs.get()))
                .probe(path, model, Configs.catalog(settings), candidates.get());
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
        if (format.get() == Format.json) {
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
        return request(baseImage, candidateImages, needs.get());
    }

    private ProbeRequest request(String baseImage, List<String> candidateImages, List<String> needed) {
        try {
            return new ProbeRequest(
                    baseImage,
                    candidateImages,
                    platform.get(),
                    pull.get(),
                    coldStart.get() == null || coldStart.get().isBlank() ? null : coldStart.get(),
                    runs.get(),
                    timeout.get(),
                    needed.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    // The command runs only through a CommandLine (its options get their defaults when it parses), so
    // the streams are always the CommandLine's.
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
