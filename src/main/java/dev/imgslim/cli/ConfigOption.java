package dev.imgslim.cli;

import dev.imgslim.config.Config;
import java.nio.file.Path;

/** {@code -c/--config}, declared once for every command that reads the settings file. */
final class ConfigOption {
    private final Opt<Path> configFile;

    ConfigOption(Declare command) {
        configFile = command.option(
                Path.class,
                "FILE",
                "Config file (default: .imgslim.yaml in the current folder or above)",
                "-c",
                "--config");
    }

    /** The file named, or null. */
    Path file() {
        return configFile.get();
    }

    /** The config, loaded once; bad settings are usage errors with their position. */
    Config load() {
        return Configs.load(configFile.get());
    }
}
