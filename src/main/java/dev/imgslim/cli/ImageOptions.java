package dev.imgslim.cli;

import dev.imgslim.probe.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The options about images and their registries that {@code lint}, {@code probe} and {@code analyze}
 * share: names, value type and conversion are declared here once; each command words its own help.
 */
final class ImageOptions {
    private ImageOptions() {}

    static Opt<String> image(Declare command, String description) {
        return command.option(String.class, "NAME", description, "--image");
    }

    static Opt<Boolean> registry(Declare command, String description) {
        return command.flag(description, "--registry");
    }

    static Opt<Path> context(Declare command, String description) {
        return command.option(Path.class, "DIR", description, "--context");
    }

    static Opt<Boolean> probe(Declare command, String description) {
        return command.flag(description, "--probe");
    }

    static Opt<List<String>> candidates(Declare command, String description) {
        return command.words(null, "IMAGE", description, "--candidate");
    }

    static Opt<Boolean> pull(Declare command, String description) {
        return command.flag(description, "--pull");
    }

    static Opt<Platform> platform(Declare command, String description) {
        return command.option(Converters.PLATFORM, "OS/ARCH[/VARIANT]", description, "--platform");
    }

    /** {@code --timeout}, with its default ({@code fallback}, e.g. 30s). */
    static Opt<Duration> timeout(Declare command, String fallback, String description) {
        return command.defaulted(Converters.DURATION, fallback, "DURATION", description, "--timeout");
    }
}
