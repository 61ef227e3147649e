package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Docker CLI's configuration directory ({@code $DOCKER_CONFIG}, else {@code ~/.docker}) and its
 * {@code config.json}. Both the credentials and the current context come from there, exactly
 * as the docker CLI finds them, so the probe sees what {@code docker pull} would see.
 */
public final class DockerConfigFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final JsonNode config;

    private DockerConfigFile(Path dir, JsonNode config) {
        this.dir = dir;
        this.config = config;
    }

    /** Locates the directory from the environment; a missing or unreadable file reads as empty. */
    public static DockerConfigFile locate(Map<String, String> env) {
        String fromEnv = env.get("DOCKER_CONFIG");
        Path dir = fromEnv != null && !fromEnv.isBlank()
                ? Path.of(fromEnv)
                : Path.of(System.getProperty("user.home"), ".docker");
        return at(dir);
    }

    public static DockerConfigFile at(Path dir) {
        return new DockerConfigFile(dir, readJson(dir.resolve("config.json")));
    }

    static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) return MissingNode.getInstance();
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException | RuntimeException e) {
            // A broken config must not stop a measurement that needs no credentials.
            return MissingNode.getInstance();
        }
    }

    public Path dir() {
        return dir;
    }

    public JsonNode json() {
        return config;
    }
}
