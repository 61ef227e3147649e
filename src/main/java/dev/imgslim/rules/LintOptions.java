package dev.imgslim.rules;

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
 */
public record LintOptions(Config config, Map<String, String> buildArgs, String target, Path contextDir, Path dockerfilePath) {

    public static LintOptions defaults() {
        return new LintOptions(Config.defaults(), Map.of(), null, null, null);
    }
}
