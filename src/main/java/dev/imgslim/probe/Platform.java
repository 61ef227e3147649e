package dev.imgslim.probe;

import java.util.Locale;

/**
 * An OCI platform (os/architecture[/variant]) as used by {@code --platform} and by
 * manifest lists. Architectures are normalised the way Docker does (x86_64 is amd64,
 * aarch64 is arm64) so that what the daemon reports matches what registries list.
 *
 * @param variant null when not given
 */
public record Platform(String os, String architecture, String variant) {

    public Platform {
        os = os.toLowerCase(Locale.ROOT);
        architecture = normaliseArch(architecture);
        variant = variant == null || variant.isBlank() ? null : variant.toLowerCase(Locale.ROOT);
    }

    /** Parses {@code linux/amd64} or {@code linux/arm64/v8}; throws IllegalArgumentException with a user-facing message. */
    public static Platform parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException(
                    "invalid platform '" + text + "': expected os/arch[/variant], e.g. linux/amd64");
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }

    /** The platform of this JVM's machine; a fallback when no daemon tells us its own. */
    public static Platform ofThisMachine() {
        return new Platform("linux", System.getProperty("os.arch", "amd64"), null);
    }

    static String normaliseArch(String arch) {
        String a = arch.toLowerCase(Locale.ROOT);
        return switch (a) {
            case "x86_64", "x86-64" -> "amd64";
            case "aarch64" -> "arm64";
            case "i386", "i686", "x86" -> "386";
            default -> a;
        };
    }

    /**
     * Whether a manifest-list entry fits this platform. A missing variant on our side
     * accepts any variant; arm64's default variant v8 matches an entry without one.
     */
    public boolean accepts(String entryOs, String entryArch, String entryVariant) {
        if (entryOs == null || entryArch == null) return false;
        if (!os.equals(entryOs.toLowerCase(Locale.ROOT)) || !architecture.equals(normaliseArch(entryArch)))
            return false;
        if (variant == null) return true;
        String ev = entryVariant == null ? defaultVariant(architecture) : entryVariant.toLowerCase(Locale.ROOT);
        return variant.equals(ev);
    }

    private static String defaultVariant(String arch) {
        return switch (arch) {
            case "arm64" -> "v8";
            case "arm" -> "v7";
            default -> null;
        };
    }

    @Override
    public String toString() {
        return variant == null ? os + "/" + architecture : os + "/" + architecture + "/" + variant;
    }
}
