package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The probe's only door to a Docker Engine (docker-java over the zerodep transport). Everything
 * docker-java throws is turned into a {@link ProbeFault} with a one-line message here, so no
 * docker-java type or stack trace leaks past this class. Loaded only when a measurement needs
 * the daemon.
 */
final class DockerDaemon implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // docker-java logs failed callbacks (a 404 on pull, say) at ERROR with a stack trace; the
        // probe reports those itself in one line, so docker-java's own logging is off unless the
        // user configured it. Must run before docker-java creates its loggers.
        String key = "org.slf4j.simpleLogger.log.com.github.dockerjava";
        if (System.getProperty(key) == null) System.setProperty(key, "off");
    }

    private final DockerClient client;
    private final DockerConnection connection;
    private final Platform platform;
    private final BoundedCalls calls;

    /** An image as the daemon stores it. */
    record LocalImage(String id, long sizeBytes, int layers, List<String> repoDigests) {}

    /** One finished container run: exit code, start-to-exit nanoseconds, what it wrote to stdout. */
    record ContainerRun(int exitCode, long startToExitNanos, String stdout) {}

    private DockerDaemon(DockerClient client, DockerConnection connection, Platform platform, BoundedCalls calls) {
        this.client = client;
        this.connection = connection;
        this.platform = platform;
        this.calls = calls;
    }

    /**
     * Connects to the engine the environment names (DOCKER_HOST, the docker context, the default socket),
     * with the TLS settings it asks for.
     */
    static DockerDaemon connect(Map<String, String> env, DockerConfigFile dockerConfig, Duration timeout)
            throws ProbeFault {
        return connect(
                DockerConnection.resolve(env, dockerConfig),
                DockerTls.fromEnvironment(env, dockerConfig),
                dockerConfig,
                timeout);
    }

    /** Connects and asks for the version, so an unreachable daemon shows up here, once, not per image. */
    static DockerDaemon connect(
            DockerConnection connection, Optional<DockerTls> tls, DockerConfigFile dockerConfig, Duration timeout)
            throws ProbeFault {
        Optional<String> badAddress = DockerConnection.problem(connection.host());
        if (badAddress.isPresent()) {
            throw new ProbeFault(
                    ProbeFault.Kind.DAEMON_UNREACHABLE,
                    "cannot reach the Docker daemon at " + connection + ": " + badAddress.get());
        }
        DockerClient client = null;
        BoundedCalls calls = new BoundedCalls(timeout, "the Docker daemon at " + connection);
        try {
            // the same config dir the registry client read: docker-java takes pull credentials from it.
            // TLS comes from DockerTls (JDK only), never from docker-java's own reader: the jar leaves
            // out the BouncyCastle that one needs, so its TLS verify flag stays off here.
            DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                    .withDockerHost(connection.host())
                    .withDockerConfig(dockerConfig.dir().toString())
                    .withDockerTlsVerify(false)
                    .build();
            ZerodepDockerHttpClient http = new ZerodepDockerHttpClient.Builder()
                    .dockerHost(URI.create(connection.host()))
                    .sslConfig(tls.orElse(null)) // docker-java: null means plain
                    .connectionTimeout(timeout)
                    // no response timeout: pulls and container waits are long-lived streams, bounded by the
                    // caller; every short call goes through BoundedCalls instead
                    .build();
            client = DockerClientImpl.getInstance(config, http);
            DockerClient c = client;
            Version version = calls.call("the version request", ProbeFault.Kind.DAEMON_UNREACHABLE, () -> c.versionCmd()
                    .exec());
            Platform p = new Platform(
                    orDefault(version.getOperatingSystem(), "linux"), orDefault(version.getArch(), "amd64"), null);
            return new DockerDaemon(client, connection, p, calls);
        } catch (ProbeFault f) {
            closeQuietly(client);
            calls.close();
            throw f;
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a transport whose native part this platform lacks (npipe:// off Windows)
            closeQuietly(client);
            calls.close();
            throw new ProbeFault(
                    ProbeFault.Kind.DAEMON_UNREACHABLE,
                    "cannot reach the Docker daemon at " + connection + ": " + reason(e));
        }
    }

    Platform platform() {
        return platform;
    }

    /** For the engine-side readers in this package (save, build); never handed out further. */
    DockerClient client() {
        return client;
    }

    DockerConnection connection() {
        return connection;
    }

    /**
     * Pulls through the daemon and returns the wall-clock seconds it took. Progress goes to
     * {@code progress} (stderr on a terminal, null otherwise) so stdout stays the report.
     */
    double pull(ImageName image, Platform wanted, Duration limit, String limitHint, PrintStream progress)
            throws ProbeFault {
        AtomicReference<String> error = new AtomicReference<>();
        Map<String, String> lastStatus = new HashMap<>();
        ResultCallback.Adapter<PullResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PullResponseItem item) {
                if (item.getErrorDetail() != null || item.getError() != null) {
                    String msg = item.getErrorDetail() != null
                            ? item.getErrorDetail().getMessage()
                            : item.getError();
                    error.compareAndSet(null, msg);
                }
                if (progress != null && item.getStatus() != null) {
                    String key = item.getId() == null ? "" : item.getId();
                    if (!item.getStatus().equals(lastStatus.put(key, item.getStatus()))) {
                        progress.println((key.isEmpty() ? "" : key + ": ") + item.getStatus());
                    }
                }
            }
        };
        long t0 = System.nanoTime();
        try {
            client.pullImageCmd(image.repository())
                    .withTag(image.manifestReference())
                    .withPlatform(wanted.toString())
                    .exec(callback);
            if (!callback.awaitCompletion(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                closeQuietly(callback);
                throw new ProbeFault(
                        ProbeFault.Kind.PULL_FAILED,
                        "pull of " + image.original() + " did not finish within " + DurationParser.format(limit)
                                + limitHint);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(callback);
            throw new ProbeFault(ProbeFault.Kind.INTERRUPTED, "pull of " + image.original() + " was interrupted");
        } catch (RuntimeException e) {
            throw new ProbeFault(ProbeFault.Kind.PULL_FAILED, "pull of " + image.original() + " failed: " + reason(e));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (error.get() != null) {
            throw new ProbeFault(
                    ProbeFault.Kind.PULL_FAILED, "pull of " + image.original() + " failed: " + oneLine(error.get()));
        }
        return seconds;
    }

    /** Whether the engine has the image (any failure to inspect it counts as no). */
    boolean has(String reference) {
        try {
            inspect(reference);
            return true;
        } catch (ProbeFault e) {
            return false;
        }
    }

    /** Inspects a local image; NOT_FOUND when the daemon does not have it. */
    LocalImage inspect(String reference) throws ProbeFault {
        try {
            InspectImageResponse r = calls.call(
                    "an image inspection", ProbeFault.Kind.DAEMON_UNREACHABLE, () -> client.inspectImageCmd(reference)
                            .exec());
            int layers = r.getRootFS() == null || r.getRootFS().getLayers() == null
                    ? 0
                    : r.getRootFS().getLayers().size();
            long size = r.getSize() == null ? 0 : r.getSize();
            return new LocalImage(r.getId(), size, layers, r.getRepoDigests() == null ? List.of() : r.getRepoDigests());
        } catch (NotFoundException e) {
            throw new ProbeFault(ProbeFault.Kind.NOT_FOUND, "image " + reference + " is not on the daemon");
        } catch (RuntimeException e) {
            throw new ProbeFault(ProbeFault.Kind.DAEMON_UNREACHABLE, "cannot inspect " + reference + ": " + reason(e));
        }
    }

    /**
     * Creates a container with no network running {@code sh -c script}, starts it, waits for it
     * to exit and removes it. The clock runs from the start request to the exit, which is what a
     * user waits for at {@code docker run} once the image is local.
     */
    ContainerRun runShell(String image, String script, Duration limit, ContainerJanitor janitor, boolean captureStdout)
            throws ProbeFault {
        String id;
        try {
            CreateContainerResponse created = calls.call(
                    "a container creation", ProbeFault.Kind.CONTAINER_FAILED, () -> client.createContainerCmd(image)
                            .withCmd("sh", "-c", script)
                            .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
                            .withLabels(Map.of("dev.imgslim.probe", "1"))
                            .exec());
            id = created.getId();
        } catch (NotFoundException e) {
            throw new ProbeFault(ProbeFault.Kind.NOT_FOUND, "image " + image + " is not on the daemon");
        } catch (RuntimeException e) {
            throw new ProbeFault(
                    ProbeFault.Kind.CONTAINER_FAILED, "cannot create a container from " + image + ": " + reason(e));
        }
        janitor.created(id);
        try {
            long t0 = System.nanoTime();
            try {
                calls.call("a container start", ProbeFault.Kind.CONTAINER_FAILED, () -> client.startContainerCmd(id)
                        .exec());
            } catch (RuntimeException e) {
                throw new ProbeFault(
                        ProbeFault.Kind.CONTAINER_FAILED, "cannot start a container from " + image + ": " + reason(e));
            }
            Integer exit;
            try {
                exit = client.waitContainerCmd(id)
                        .exec(new WaitContainerResultCallback())
                        .awaitStatusCode(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                String why = reason(e);
                if (why.toLowerCase(java.util.Locale.ROOT).contains("awaiting status code timeout")) {
                    throw new ProbeFault(
                            ProbeFault.Kind.CONTAINER_FAILED,
                            "container from " + image + " did not exit within " + DurationParser.format(limit));
                }
                throw new ProbeFault(
                        ProbeFault.Kind.CONTAINER_FAILED, "waiting for a container from " + image + " failed: " + why);
            }
            long elapsed = System.nanoTime() - t0;
            String out = captureStdout ? stdout(id, limit) : "";
            return new ContainerRun(exit == null ? -1 : exit, elapsed, out);
        } finally {
            janitor.remove(id);
        }
    }

    private String stdout(String id, Duration limit) throws ProbeFault {
        StringBuilder out = new StringBuilder();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                if (frame.getStreamType() == StreamType.STDOUT || frame.getStreamType() == StreamType.RAW) {
                    out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
            }
        };
        try {
            client.logContainerCmd(id)
                    .withStdOut(true)
                    .withStdErr(false)
                    .withFollowStream(false)
                    .exec(callback)
                    .awaitCompletion(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeFault(ProbeFault.Kind.INTERRUPTED, "interrupted while reading container output");
        } catch (RuntimeException e) {
            throw new ProbeFault(ProbeFault.Kind.CONTAINER_FAILED, "cannot read container output: " + reason(e));
        }
        return out.toString();
    }

    /** Force-removes a container; used by the janitor, so it never throws. */
    void removeContainer(String id) {
        try {
            calls.call("a container removal", ProbeFault.Kind.CONTAINER_FAILED, () -> client.removeContainerCmd(id)
                    .withForce(true)
                    .withRemoveVolumes(true)
                    .exec());
        } catch (RuntimeException | ProbeFault ignored) {
            // already gone, or the daemon went away: nothing more we can do
        }
    }

    /**
     * A one-line reason from a docker-java exception: the daemon's JSON {"message": ...} when it
     * sent one, else the innermost cause's message.
     */
    static String reason(Throwable e) {
        if (e instanceof DockerException de) {
            String msg = de.getMessage() == null ? "" : de.getMessage();
            int brace = msg.indexOf('{');
            if (brace >= 0) {
                try {
                    JsonNode json = JSON.readTree(msg.substring(brace));
                    if (json.hasNonNull("message"))
                        return oneLine(json.get("message").asText());
                } catch (IOException ignored) {
                    // not JSON after all
                }
            }
            return oneLine(msg);
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String msg = t.getMessage();
        return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : oneLine(msg);
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s;
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // best effort
        }
    }

    @Override
    public void close() {
        closeQuietly(client);
        calls.close();
    }
}
