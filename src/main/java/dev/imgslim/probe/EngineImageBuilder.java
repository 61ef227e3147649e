package dev.imgslim.probe;

import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds a Dockerfile through the engine's build API (docker-java), for {@code imgslim analyze --build}.
 * That API runs the classic builder: Dockerfiles that need BuildKit are refused before this is called.
 * The context folder is sent as docker-java packs it ({@code .dockerignore} honoured).
 */
public final class EngineImageBuilder {

    private EngineImageBuilder() {}

    /**
     * Builds the Dockerfile with the engine and returns the image's id.
     *
     * @param progress where build output goes (stderr on a terminal), or null
     * @return the built image's id
     */
    public static String build(
            Map<String, String> env,
            Duration connectTimeout,
            Path dockerfile,
            Path context,
            Map<String, String> buildArgs,
            String target,
            String network,
            Duration limit,
            PrintStream progress)
            throws ProbeFault {
        DockerConfigFile config = DockerConfigFile.locate(env);
        try (DockerDaemon daemon = DockerDaemon.connect(env, config, connectTimeout)) {
            BuildImageCmd cmd = daemon.client()
                    .buildImageCmd()
                    .withBaseDirectory(context.toFile())
                    .withDockerfile(dockerfile.toFile())
                    .withPull(false)
                    .withRemove(true);
            buildArgs.forEach(cmd::withBuildArg);
            if (target != null) cmd.withTarget(target);
            if (network != null) cmd.withNetworkMode(network);
            BuildImageResultCallback callback = new BuildImageResultCallback() {
                @Override
                public void onNext(BuildResponseItem item) {
                    if (progress != null && item.getStream() != null) progress.print(item.getStream());
                    super.onNext(item);
                }
            };
            try {
                return cmd.exec(callback).awaitImageId(limit.toSeconds(), TimeUnit.SECONDS);
            } catch (RuntimeException e) {
                throw new ProbeFault(
                        ProbeFault.Kind.BUILD_FAILED,
                        "the build of " + dockerfile + " failed: " + DockerDaemon.reason(e));
            }
        }
    }
}
