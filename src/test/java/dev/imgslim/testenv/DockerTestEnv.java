package dev.imgslim.testenv;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real dockerd and registry that {@code scripts/testenv.sh start} runs, for tests tagged
 * {@code docker}. Call {@link #require()} in {@code @BeforeAll}: when the daemon or registry
 * cannot be reached, the tests are skipped with the reason printed, except in CI
 * ({@code CI=true}) where they fail loudly: there the environment must be up, and a silent skip
 * would let the probe go untested.
 */
public final class DockerTestEnv {

    private static volatile DockerTestEnv instance;

    private final String dockerHost;
    private final String registry;
    private final DockerClient client;

    private DockerTestEnv(String dockerHost, String registry, DockerClient client) {
        this.dockerHost = dockerHost;
        this.registry = registry;
        this.client = client;
    }

    /** The environment, checked once per JVM; skips (or fails in CI) when it is not up. */
    public static synchronized DockerTestEnv require() {
        if (instance != null) return instance;
        String host = dockerHost();
        String registry = registry();
        String problem = null;
        DockerClient client = null;
        try {
            client = client(host);
            client.versionCmd().exec();
        } catch (RuntimeException e) {
            problem = "no Docker daemon at " + host + " (" + rootMessage(e) + ")";
        }
        if (problem == null) {
            try {
                HttpResponse<Void> r = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(3))
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://" + registry + "/v2/"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) problem = "registry at " + registry + " answered HTTP " + r.statusCode();
            } catch (Exception e) {
                problem = "no registry at " + registry + " (" + rootMessage(e) + ")";
            }
        }
        if (problem != null) {
            String reason = problem + "; start it with: eval \"$(scripts/testenv.sh start)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("docker tests must run in CI, but " + reason);
            }
            System.err.println("[docker tests skipped] " + reason);
            Assumptions.abort(reason);
        }
        instance = new DockerTestEnv(host, registry, client);
        return instance;
    }

    /** DOCKER_HOST, else the socket scripts/testenv.sh creates under IMGSLIM_TESTENV or the repo's .testenv. */
    public static String dockerHost() {
        String env = System.getenv("DOCKER_HOST");
        if (env != null && !env.isBlank()) return env;
        String state = System.getenv("IMGSLIM_TESTENV");
        Path dir = state != null && !state.isBlank()
                ? Path.of(state)
                : Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                        .resolve(".testenv");
        return "unix://" + dir.toAbsolutePath().normalize().resolve("docker.sock");
    }

    /** host:port of the loopback registry; IMGSLIM_TEST_REGISTRY overrides 127.0.0.1:5000. */
    public static String registry() {
        String env = System.getenv("IMGSLIM_TEST_REGISTRY");
        return env != null && !env.isBlank() ? env : "127.0.0.1:5000";
    }

    public static DockerClient client(String host) {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(host)
                .build();
        ZerodepDockerHttpClient http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(host))
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(5))
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    public String host() {
        return dockerHost;
    }

    public String registryAddress() {
        return registry;
    }

    public DockerClient client() {
        return client;
    }

    /** The daemon's own platform, e.g. {@code linux/amd64}: what the test images are built for. */
    public String platform() {
        var v = client.versionCmd().exec();
        String arch = v.getArch();
        arch = switch (arch) {
            case "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
        return v.getOperatingSystem() + "/" + arch;
    }

    /** A platform the test images are not built for. */
    public String otherPlatform() {
        return platform().equals("linux/arm64") ? "linux/amd64" : "linux/arm64";
    }

    /** An environment for the probe: the process env with DOCKER_HOST pointing at this daemon. */
    public Map<String, String> probeEnv() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("DOCKER_HOST", dockerHost);
        return env;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
