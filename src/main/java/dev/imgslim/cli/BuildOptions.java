package dev.imgslim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that say which build is meant, shared by {@code lint} and {@code probe} (a picocli mixin). */
final class BuildOptions {
    @Option(
            names = "--build-arg",
            paramLabel = "KEY[=VALUE]",
            converter = BuildArg.Converter.class,
            description = "Build argument as docker build takes it (overrides ARG defaults; KEY alone takes the value"
                    + " from the environment); repeatable")
    List<BuildArg> buildArgs = new ArrayList<>();

    @Option(names = "--target", paramLabel = "STAGE", description = "The stage that is built (default: the last)")
    String target;

    Map<String, String> buildArgs(Map<String, String> env) {
        return BuildArg.resolve(buildArgs, env);
    }
}
