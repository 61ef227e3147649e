package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Docker daemon is, found the way the docker CLI finds it: {@code DOCKER_HOST}, else the
 * current context ({@code DOCKER_CONTEXT}, else config.json's {@code currentContext}, whose endpoint
 * lives in {@code contexts/meta/<sha256 of the name>/meta.json}), else the default socket.
 * Pure file and environment reading: no docker-java class is touched here, so resolving the
 * address costs nothing for commands that never talk to a daemon.
 *
 * @param host   e.g. {@code unix:///var/run/docker.sock}, {@code tcp://10.0.0.2:2376}
 * @param source where it came from, for messages ({@code DOCKER_HOST}, {@code context "ci"}, {@code default})
 */
public record DockerConnection(String host, String source) {

    public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    public static DockerConnection resolve(Map<String, String> env, DockerConfigFile config) {
        String fromEnv = env.get("DOCKER_HOST");
        if (fromEnv != null && !fromEnv.isBlank()) return new DockerConnection(fromEnv.trim(), "DOCKER_HOST");
        String context = env.get("DOCKER_CONTEXT");
        if (context == null || context.isBlank())
            context = config.json().path("currentContext").asText("");
        if (!context.isBlank() && !context.equals("default")) {
            JsonNode meta = DockerConfigFile.readJson(config.dir()
                    .resolve("contexts")
                    .resolve("meta")
                    .resolve(sha256Hex(context))
                    .resolve("meta.json"));
            String host = meta.path("Endpoints").path("docker").path("Host").asText("");
            if (!host.isBlank()) return new DockerConnection(host, "context \"" + context + "\"");
        }
        return new DockerConnection(DEFAULT_HOST, "default");
    }

    /**
     * Why {@code host} cannot be a Docker Engine address on this machine, empty when it can be:
     * docker-java would otherwise fail with a NullPointerException ({@code bogus}) or a native
     * library error ({@code npipe://} off Windows).
     */
    static Optional<String> problem(String host) {
        String notAnAddress = "'" + host + "' is not an address (unix:///path/to/docker.sock or tcp://host:port)";
        java.net.URI uri;
        try {
            uri = java.net.URI.create(host);
        } catch (IllegalArgumentException e) {
            return Optional.of(notAnAddress);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        switch (scheme) {
            case "unix" -> {
                return uri.getPath() == null || uri.getPath().isEmpty()
                        ? Optional.of("'" + host + "' names no socket (unix:///path/to/docker.sock)")
                        : Optional.empty();
            }
            case "tcp", "http", "https" -> {
                return uri.getHost() == null
                        ? Optional.of("'" + host + "' names no host (tcp://host:port)")
                        : Optional.empty();
            }
            case "npipe" -> {
                boolean windows = System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith("windows");
                return windows
                        ? Optional.empty()
                        : Optional.of("npipe:// addresses (Docker Desktop's named pipe) work only on Windows");
            }
            default -> {
                return Optional.of(notAnAddress);
            }
        }
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return host + " (" + source + ")";
    }
}
