package dev.imgslim.cli;

import dev.imgslim.config.Config;
import dev.imgslim.config.ConfigLoader;

import java.nio.file.Path;

/** Loads the config a command uses: {@code --config FILE}, else {@code .imgslim.yaml} found from the current folder. */
final class Configs {
    private Configs() {}

    static Config load(Path explicit) {
        try {
            if (explicit != null) {
                if (!explicit.toFile().isFile()) throw new UserInputException(explicit + ":1:1: error: no such config file");
                return ConfigLoader.load(explicit);
            }
            return ConfigLoader.find(Path.of("")).map(ConfigLoader::load).orElse(Config.defaults());
        } catch (ConfigLoader.ConfigException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
