package dev.imgslim.lint;

import dev.imgslim.catalog.Catalog;
import dev.imgslim.config.Config;
import dev.imgslim.rules.base.BaseCatalogs;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a lint run needs besides the files, resolved once: the effective config, the catalog
 * merged from it, build arguments, target stage, build context and the input size cap.
 *
 * @param contextDir    {@code --context}, or null to use each Dockerfile's folder
 * @param maxInputBytes files (and stdin) larger than this are refused with {@code file:1:1: error: ...}
 * @param shellcheckCache where ShellCheck's results are kept between runs ({@code ShellcheckRule.cacheFolder} of
 *                      the run's environment), or null to keep none
 * @param shellcheck    the {@code shellcheck} to run ({@code ShellcheckRule.findOnPath} of the run's environment),
 *                      or null to run none
 */
public record LintSettings(
        Config config,
        Catalog catalog,
        Map<String, String> buildArgs,
        String target,
        Path contextDir,
        long maxInputBytes,
        Path shellcheckCache,
        Path shellcheck) {

    /** Far beyond any real Dockerfile (the largest in the corpus is tens of KiB), small enough to never exhaust memory. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 4L * 1024 * 1024;

    public LintSettings {
        buildArgs = Map.copyOf(buildArgs);
        if (maxInputBytes <= 0) throw new IllegalArgumentException("the input size cap must be positive");
    }

    /**
     * The defaults with {@code config}: its catalog merged once, no build args, the last stage, each file's
     * folder, no ShellCheck (so no cache of its results).
     */
    public static LintSettings of(Config config) {
        return new LintSettings(
                config, BaseCatalogs.forConfig(config), Map.of(), null, null, DEFAULT_MAX_INPUT_BYTES, null, null);
    }

    public static LintSettings defaults() {
        return of(Config.defaults());
    }

    public LintSettings withBuildArgs(Map<String, String> args) {
        return new LintSettings(config, catalog, args, target, contextDir, maxInputBytes, shellcheckCache, shellcheck);
    }

    public LintSettings withTarget(String stage) {
        return new LintSettings(
                config, catalog, buildArgs, stage, contextDir, maxInputBytes, shellcheckCache, shellcheck);
    }

    public LintSettings withContextDir(Path dir) {
        return new LintSettings(config, catalog, buildArgs, target, dir, maxInputBytes, shellcheckCache, shellcheck);
    }

    public LintSettings withMaxInputBytes(long max) {
        return new LintSettings(config, catalog, buildArgs, target, contextDir, max, shellcheckCache, shellcheck);
    }

    public LintSettings withShellcheckCache(Path folder) {
        return new LintSettings(config, catalog, buildArgs, target, contextDir, maxInputBytes, folder, shellcheck);
    }
}
