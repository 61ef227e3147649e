package dev.imgslim.rules;

import dev.imgslim.catalog.Catalog;
import dev.imgslim.config.Config;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a lint run knows beyond the Dockerfile.
 *
 * @param buildArgs  {@code --build-arg} values
 * @param target     {@code --target} stage, or null
 * @param contextDir the build context (the Dockerfile's folder unless {@code --context}); null for stdin
 * @param dockerfilePath the Dockerfile on disk, or null for stdin
 * @param catalog    the base-image catalog resolved once for the whole run (bundled + the config's entries),
 *                   or null to resolve it from {@code config} for this file alone
 * @param shellcheckCache the folder ShellCheck's results are kept in between runs, resolved from the run's own
 *                   environment (not the process's: an in-process run with its own keeps to its own), or null
 *                   to keep none
 */
public record LintOptions(
        Config config,
        Map<String, String> buildArgs,
        String target,
        Path contextDir,
        Path dockerfilePath,
        Catalog catalog,
        Path shellcheckCache) {

    /** Without a ShellCheck cache. */
    public LintOptions(
            Config config,
            Map<String, String> buildArgs,
            String target,
            Path contextDir,
            Path dockerfilePath,
            Catalog catalog) {
        this(config, buildArgs, target, contextDir, dockerfilePath, catalog, null);
    }

    /** Without a ShellCheck cache; the catalog resolved from {@code config}. */
    public LintOptions(
            Config config, Map<String, String> buildArgs, String target, Path contextDir, Path dockerfilePath) {
        this(config, buildArgs, target, contextDir, dockerfilePath, null, null);
    }

    public static LintOptions defaults() {
        return new LintOptions(Config.defaults(), Map.of(), null, null, null);
    }
}
