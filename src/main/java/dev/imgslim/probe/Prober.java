package dev.imgslim.probe;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link ProbeRequest}: registry sizes for every image (no pull), then, when asked and
 * a daemon is reachable, pull + on-disk size, cold-start timings and fitness. A failure is
 * recorded against the image it concerns and the probe moves on, so one dead registry or
 * missing tag never hides the other candidates' figures.
 *
 * <p>The daemon is connected only when a measurement needs it (or to learn its platform when
 * none was given), so a sizes-only probe with {@code --platform} never loads docker-java.
 */
public final class Prober {

    /** A pull has no natural bound like one HTTP request; ten request timeouts is generous for a base image. */
    static final int PULL_LIMIT_TIMEOUTS = 10;

    private static final String PULL_LIMIT_HINT = " (" + PULL_LIMIT_TIMEOUTS + " x --timeout)";

    private final ProbeRequest request;
    private final Map<String, String> env;
    private final PrintStream progress;

    /**
     * @param env      environment to read DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG from (normally System.getenv())
     * @param progress where pull progress goes (stderr on a terminal), or null for none
     */
    public Prober(ProbeRequest request, Map<String, String> env, PrintStream progress) {
        this.request = request;
        this.env = env;
        this.progress = progress;
    }

    public ProbeReport run() {
        DockerConfigFile config = DockerConfigFile.locate(env);
        RegistryClient registry =
                new RegistryClient(request.timeout(), domain -> RegistryCredentials.lookup(config, domain));
        ManifestResolver resolver = new ManifestResolver(registry);
        List<String> notes = new ArrayList<>();

        DockerDaemon daemon = null;
        ProbeFault daemonFault = null;
        if (request.needsDaemon() || request.platform() == null) {
            try {
                daemon = DockerDaemon.connect(env, config, request.timeout());
            } catch (ProbeFault f) {
                daemonFault = f;
            }
        }
        Platform platform = request.platform();
        if (platform == null) {
            if (daemon != null) {
                platform = daemon.platform();
            } else {
                platform = Platform.ofThisMachine();
                notes.add(
                        "no Docker daemon reachable to ask for its platform; measured " + platform + " (this machine)");
            }
        }

        ImageMeasurement base;
        List<ImageMeasurement> candidates = new ArrayList<>();
        try (ContainerJanitor janitor = daemon == null ? null : new ContainerJanitor(daemon::removeContainer)) {
            Session session = new Session(request, progress, resolver, platform, daemon, daemonFault, janitor, notes);
            base = request.base() == null ? null : session.measure(request.base());
            for (String candidate : request.candidates()) candidates.add(session.measure(candidate));
        } finally {
            if (daemon != null) daemon.close();
        }
        List<Verdict> verdicts = base == null
                ? List.of()
                : candidates.stream().map(c -> Verdict.of(base, c)).toList();
        return new ProbeReport(base, candidates, verdicts, platform.toString(), notes);
    }

    /** One probe run's shared state; measures one image at a time. */
    private record Session(
            ProbeRequest request,
            PrintStream progress,
            ManifestResolver resolver,
            Platform platform,
            DockerDaemon daemon,
            ProbeFault daemonFault,
            ContainerJanitor janitor,
            List<String> notes) {

        ImageMeasurement measure(String image) {
            ImageMeasurement.Builder b = new ImageMeasurement.Builder(image);
            ImageName name;
            try {
                name = ImageName.parse(image);
            } catch (ProbeFault f) {
                b.fail(f);
                return b.build();
            }
            b.repository = name.repository();
            b.tag = name.tag();
            b.platform = platform.toString();
            ProbeFault registryFault = null;
            try {
                RegistryImage r = resolver.resolve(name, platform);
                b.digest = r.digest();
                b.compressedBytes = r.compressedBytes();
                b.layers = r.layers();
                if (r.platform() != null) b.platform = r.platform();
            } catch (ProbeFault f) {
                b.fail(f);
                registryFault = f;
            }
            if (request.needsDaemon()) {
                if (daemon == null) {
                    // one line per image: a registry failure already says this image cannot be measured
                    if (registryFault == null) b.fail(daemonFault);
                } else {
                    measureOnDaemon(name, b, registryFault);
                }
            }
            return b.build();
        }

        /**
         * Pull, cold start, fitness. When the registry already failed for this image, a pull would
         * only fail again with the same cause (and print it twice), so it is skipped; containers
         * still run when the daemon happens to have the image locally.
         */
        private void measureOnDaemon(ImageName name, ImageMeasurement.Builder b, ProbeFault registryFault) {
            String local = name.canonical();
            Duration pullLimit = request.timeout().multipliedBy(PULL_LIMIT_TIMEOUTS);
            boolean containers = request.coldStart() != null || !request.needs().isEmpty();
            if (registryFault != null) {
                if (!containers || registryFault.kind() == ProbeFault.Kind.BAD_REFERENCE) return;
                try {
                    daemon.inspect(local);
                } catch (ProbeFault notLocal) {
                    return; // already reported: the registry's message says why
                }
            }
            try {
                if (request.pull() && registryFault == null) {
                    if (daemon.has(local)) {
                        // docker pull of an image the daemon has only checks the registry: say so, the
                        // figure is not a download time (the probe never deletes the user's images)
                        notes.add(name.original()
                                + " was already on the daemon: its pull time is a registry check, not a download");
                    }
                    b.pullSeconds = daemon.pull(name, platform, pullLimit, PULL_LIMIT_HINT, progress);
                    DockerDaemon.LocalImage li = daemon.inspect(local);
                    b.onDiskBytes = li.sizeBytes();
                    b.diskLayers = li.layers();
                } else if (containers && registryFault == null) {
                    ensureLocal(name, local, pullLimit);
                }
            } catch (ProbeFault f) {
                b.fail(f);
                return; // no local image: containers cannot be measured either
            }
            if (request.coldStart() != null) {
                try {
                    ColdStart cs = new ColdStartTimer(daemon, janitor, request.timeout())
                            .time(local, request.coldStart(), request.runs());
                    b.coldStart = cs;
                    if (cs.exitCode() != 0) {
                        b.errors.add("cold-start command exited with status " + cs.exitCode() + " in this image");
                    }
                } catch (ProbeFault f) {
                    b.fail(f);
                }
            }
            if (!request.needs().isEmpty()) {
                try {
                    b.lacks = new FitnessCheck(daemon, janitor, request.timeout()).lacks(local, request.needs());
                } catch (ProbeFault f) {
                    b.fail(f);
                }
            }
        }

        /** Containers need the image locally; pull it (untimed, like docker run does) when the daemon lacks it. */
        private void ensureLocal(ImageName name, String local, Duration pullLimit) throws ProbeFault {
            try {
                daemon.inspect(local);
            } catch (ProbeFault f) {
                if (f.kind() != ProbeFault.Kind.NOT_FOUND) throw f;
                daemon.pull(name, platform, pullLimit, PULL_LIMIT_HINT, progress);
            }
        }
    }
}
