package dev.imgslim.cli;

import dev.imgslim.config.Config;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -c/--config}, shared by {@code lint} and {@code probe} (a picocli mixin). */
final class ConfigOption {
    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "Config file (default: .imgslim.yaml in the current folder or above)")
    Path configFile;

    /** The config, loaded once; bad settings are usage errors with their position. */
    Config load() {
        return Configs.load(configFile);
    }
}
