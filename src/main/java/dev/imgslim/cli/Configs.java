package dev.imgslim.cli;

import dev.imgslim.catalog.Catalog;
import dev.imgslim.config.Config;
import dev.imgslim.config.ConfigLoader;
import dev.imgslim.rules.base.BaseCatalogs;
import java.nio.file.Path;

/** Loads the config a command uses: {@code --config FILE}, else {@code .imgslim.yaml} found from the current folder. */
final class Configs {
    private Configs() {}

    static Config load(Path explicit) {
        try {
            Config config;
            if (explicit != null) {
                if (!explicit.toFile().isFile())
                    throw new UserInputException(explicit + ":1:1: error: no such config file");
                config = ConfigLoader.load(explicit);
            } else {
                java.util.Optional<Path> found = ConfigLoader.find(Path.of(""));
                config = found.isPresent() ? ConfigLoader.load(found.get()) : Config.defaults();
            }
            // A catalog: section that does not bind is the user's input error, so check it here, not mid-lint.
            if (config.catalog() != null) BaseCatalogs.forConfig(config);
            return config;
        } catch (ConfigLoader.ConfigException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** The base-image catalog the config selects (the built-in one, or its {@code catalog:} section). */
    static Catalog catalog(Config config) {
        try {
            return BaseCatalogs.forConfig(config);
        } catch (ConfigLoader.ConfigException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
