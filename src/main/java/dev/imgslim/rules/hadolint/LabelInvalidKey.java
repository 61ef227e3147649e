package dev.imgslim.rules.hadolint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A label key outside Docker's key format: lower-case letters, digits, {@code .} and {@code -}, starting and
 * ending with a letter or digit, no {@code ..} or {@code --}, and not in the namespaces Docker reserves
 * ({@code com.docker.*}, {@code io.docker.*}, {@code org.dockerproject.*}). Runs without a schema.
 * Not flagged: keys given by unresolved variables.
 */
public final class LabelInvalidKey extends LabelKeyRule {
    /** Docker documents '_' and '/' as valid key characters (docs.docker.com, "Key format recommendations"). */
    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9._/-]*[a-z0-9])?");

    @Override
    Optional<String> problem(String key) {
        return invalid(key);
    }

    /** What makes a key invalid (a reserved namespace, characters Docker does not document), if anything. */
    static Optional<String> invalid(String k) {
        if (k.startsWith("com.docker.") || k.startsWith("io.docker.") || k.startsWith("org.dockerproject."))
            return Optional.of("uses a namespace Docker reserves");
        if (!VALID.matcher(k).matches()) {
            return Optional.of(
                    k.chars().anyMatch(Character::isUpperCase)
                            ? "has upper-case letters"
                            : "should use only a-z, 0-9, '.', '-', '_' and '/', and start and end with a letter or digit");
        }
        if (k.contains("..") || k.contains("--")) return Optional.of("has consecutive '.' or '-'");
        return Optional.empty();
    }
}
