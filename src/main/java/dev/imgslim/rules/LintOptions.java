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
 * @param shellcheck the {@code shellcheck} executable to run, found on the PATH of the run's own environment
 *                   ({@code ShellcheckRule.findOnPath}; not the process's, for the same reason), or null when
 *                   there is none: the ShellCheck rule then does nothing
 */
public record LintOptions(
        Config config,
        Map<String, String> buildArgs,
        String target,
        Path contextDir,
        Path dockerfilePath,
        Catalog catalog,
        Path shellcheckCache,
        Path shellcheck) {

    /** Without ShellCheck. */
    public LintOptions(
            Config config,
            Map<String, String> buildArgs,
            String target,
            Path contextDir,
            Path dockerfilePath,
            Catalog catalog) {
        this(config, buildArgs, target, contextDir, dockerfilePath, catalog, null, null);
    }

    /** Without ShellCheck; the catalog resolved from {@code config}. */
    public LintOptions(
            Config config, Map<String, String> buildArgs, String target, Path contextDir, Path dockerfilePath) {
        this(config, buildArgs, target, contextDir, dockerfilePath, null, null, null);
    }

    public static LintOptions defaults() {
        return new LintOptions(Config.defaults(), Map.of(), null, null, null);
    }
}
