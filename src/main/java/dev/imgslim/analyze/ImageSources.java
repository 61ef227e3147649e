package dev.imgslim.analyze;

import dev.imgslim.probe.DockerConfigFile;
import dev.imgslim.probe.EngineImageBuilder;
import dev.imgslim.probe.EngineImageReader;
import dev.imgslim.probe.ImageBlobs;
import dev.imgslim.probe.ImageName;
import dev.imgslim.probe.ManifestResolver;
import dev.imgslim.probe.Platform;
import dev.imgslim.probe.ProbeFault;
import dev.imgslim.probe.RegistryClient;
import dev.imgslim.probe.RegistryCredentials;
import dev.imgslim.probe.RegistryImageReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where an analyzed image comes from: the local engine ({@code docker save} as a stream) or its
 * registry (manifest and blobs, no daemon). The engine is asked first unless {@code --registry} says
 * otherwise; an image the engine does not have, or an engine that cannot be reached, sends us to the
 * registry, and {@code notice} says so.
 */
public final class ImageSources implements AutoCloseable {

    private final Map<String, String> env;
    private final Duration timeout;
    private final Platform platform;
    private final ProgressLine progress;
    private final Consumer<String> notice;
    private EngineImageReader engine;
    private ProbeFault engineFault;

    public ImageSources(
            Map<String, String> env,
            Duration timeout,
            Platform platform,
            ProgressLine progress,
            Consumer<String> notice) {
        this.env = env;
        this.timeout = timeout;
        this.platform = platform;
        this.progress = progress;
        this.notice = notice;
    }

    public ImageLayers read(String reference, boolean registryOnly) throws ProbeFault, IOException {
        if (!registryOnly) {
            EngineImageReader e = engine();
            if (e != null && e.has(reference)) return fromEngine(e, reference);
            notice.accept(
                    e == null
                            ? engineFault.getMessage() + "; reading " + reference + " from its registry"
                            : reference + " is not in the engine; reading it from its registry");
        }
        return fromRegistry(reference);
    }

    /**
     * Builds through the engine and returns the new image's id. Check {@link BuildKitOnly#firstNeed}
     * first: the engine's build API cannot run what needs BuildKit.
     */
    public String build(Path dockerfile, Path context, Map<String, String> args, String target, String network)
            throws ProbeFault {
        return EngineImageBuilder.build(
                env,
                timeout,
                dockerfile,
                context,
                args,
                target,
                network,
                Duration.ofMinutes(30),
                dev.imgslim.report.Terminal.attached() ? System.err : null);
    }

    /**
     * The base image's layer count, or -1 when it cannot be had: from the engine when the image came
     * from there, else from the analyzed image's own registry when the base lives in it too (no other
     * registry is contacted just for this: the history alignment works without it).
     */
    public int layerCount(String reference, String source, String analyzed) {
        if (source.equals("engine")) {
            EngineImageReader e = engine();
            return e == null ? -1 : e.layerCount(reference);
        }
        try {
            if (!ImageName.parse(reference)
                    .domain()
                    .equals(ImageName.parse(analyzed).domain())) return -1;
            return new ManifestResolver(registryClient())
                    .resolve(ImageName.parse(reference), platformFor(null))
                    .layers();
        } catch (ProbeFault e) {
            return -1;
        }
    }

    private ImageLayers fromEngine(EngineImageReader e, String reference) throws ProbeFault, IOException {
        ImageReading reading = new ImageReading(progress);
        try (InputStream saved = e.save(reference)) {
            ImageBlobs blobs = SavedImageArchive.read(reference, saved, reading);
            return reading.stack(blobs);
        }
    }

    private ImageLayers fromRegistry(String reference) throws ProbeFault, IOException {
        ImageReading reading = new ImageReading(progress);
        ImageBlobs blobs = new RegistryImageReader(registryClient()).read(reference, platformFor(engine), reading);
        return reading.stack(blobs);
    }

    private Platform platformFor(EngineImageReader e) {
        if (platform != null) return platform;
        if (e != null) return e.platform();
        return Platform.ofThisMachine();
    }

    private RegistryClient registryClient() {
        DockerConfigFile config = DockerConfigFile.locate(env);
        return new RegistryClient(timeout, domain -> RegistryCredentials.lookup(config, domain));
    }

    private EngineImageReader engine() {
        if (engine == null && engineFault == null) {
            try {
                engine = EngineImageReader.connect(env, Duration.ofSeconds(10));
            } catch (ProbeFault f) {
                engineFault = f;
            }
        }
        return engine;
    }

    @Override
    public void close() {
        if (engine != null) engine.close();
    }
}
