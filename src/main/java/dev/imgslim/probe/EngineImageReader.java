package dev.imgslim.probe;

import com.github.dockerjava.api.exception.NotFoundException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

/**
 * The local Docker Engine as a source of images for {@code imgslim analyze}: whether it has an
 * image, and the image as the stream {@code docker save} writes (read by the analyzer as it
 * arrives, never written to disk).
 */
public final class EngineImageReader implements AutoCloseable {

    private final DockerDaemon daemon;

    private EngineImageReader(DockerDaemon daemon) {
        this.daemon = daemon;
    }

    /** Connects to the engine DOCKER_HOST, the docker context or the default socket names. */
    public static EngineImageReader connect(Map<String, String> env, Duration timeout) throws ProbeFault {
        DockerConfigFile config = DockerConfigFile.locate(env);
        return new EngineImageReader(DockerDaemon.connect(env, config, timeout));
    }

    public Platform platform() {
        return daemon.platform();
    }

    /** How many layers the engine's copy of the image has, or -1 when the engine does not have it. */
    public int layerCount(String reference) {
        try {
            return daemon.inspect(reference).layers();
        } catch (ProbeFault e) {
            return -1;
        }
    }

    /** Whether the engine has the image. */
    public boolean has(String reference) {
        return daemon.has(reference);
    }

    /**
     * The image as {@code docker save} streams it (a tar); the caller reads and closes it.
     * Nothing is written to disk on this side.
     */
    public InputStream save(String reference) throws ProbeFault {
        daemon.inspect(reference); // NOT_FOUND in one line before the stream starts
        try {
            return daemon.client().saveImageCmd(reference).exec();
        } catch (NotFoundException e) {
            throw new ProbeFault(ProbeFault.Kind.NOT_FOUND, "image " + reference + " is not on the daemon");
        } catch (RuntimeException e) {
            throw new ProbeFault(
                    ProbeFault.Kind.DAEMON_UNREACHABLE,
                    "cannot save " + reference + " from the engine: " + DockerDaemon.reason(e));
        }
    }

    @Override
    public void close() {
        daemon.close();
    }
}
