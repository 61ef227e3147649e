package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials for a registry from {@code config.json}'s {@code auths} (base64 "user:pass"), as
 * {@code docker login} stores them without a credential helper. Credential helpers
 * ({@code credsStore}, {@code credHelpers}) are not consulted: the probe only reads files.
 *
 * <p>The secret never leaves this class except as an {@code Authorization} header value;
 * {@link #toString()} is redacted so a stray log line cannot leak it.
 */
public final class RegistryCredentials {

    private final String basicToken; // base64(user:pass), exactly what goes after "Basic "
    private final String key; // which auths entry it came from (no secret)

    private RegistryCredentials(String basicToken, String key) {
        this.basicToken = basicToken;
        this.key = key;
    }

    /** Looks up the entry for a registry domain ({@code docker.io}, {@code host:port}). */
    public static Optional<RegistryCredentials> lookup(DockerConfigFile config, String domain) {
        JsonNode auths = config.json().path("auths");
        if (!auths.isObject()) return Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = auths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!normaliseKey(entry.getKey()).equals(normaliseKey(domain))) continue;
            JsonNode node = entry.getValue();
            String auth = node.path("auth").asText("");
            if (auth.isEmpty() && node.hasNonNull("username") && node.hasNonNull("password")) {
                auth = Base64.getEncoder()
                        .encodeToString((node.get("username").asText() + ":"
                                        + node.get("password").asText())
                                .getBytes(StandardCharsets.UTF_8));
            }
            if (!auth.isEmpty() && isUserColonPass(auth)) {
                return Optional.of(new RegistryCredentials(auth, entry.getKey()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code https://index.docker.io/v1/}, {@code index.docker.io}, {@code docker.io} all name Docker Hub;
     * other keys may carry a scheme and a path that the CLI ignores when matching.
     */
    static String normaliseKey(String key) {
        String k = key.trim();
        int scheme = k.indexOf("://");
        if (scheme >= 0) k = k.substring(scheme + 3);
        int slash = k.indexOf('/');
        if (slash >= 0) k = k.substring(0, slash);
        if (k.equals("index.docker.io") || k.equals("registry-1.docker.io") || k.equals("registry.hub.docker.com")) {
            k = ImageName.DOCKER_HUB;
        }
        return k.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isUserColonPass(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8).contains(":");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Value for an {@code Authorization} header. */
    String basicHeader() {
        return "Basic " + basicToken.trim();
    }

    @Override
    public String toString() {
        return "RegistryCredentials[from auths entry '" + key + "', secret redacted]";
    }
}
