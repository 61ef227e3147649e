package dev.imgslim.cli;

import java.util.List;
import java.util.Map;

/** The options that say which build is meant ({@code --build-arg}, {@code --target}), declared once. */
final class BuildOptions {
    private final Opt<List<BuildArg>> buildArgs;
    private final Opt<String> target;

    BuildOptions(Declare command) {
        buildArgs = command.repeated(
                new Converters.BuildArgConverter(),
                null,
                "KEY[=VALUE]",
                "Build argument as docker build takes it (overrides ARG defaults; KEY alone takes the value"
                        + " from the environment); repeatable",
                "--build-arg");
        target = command.option(String.class, "STAGE", "The stage that is built (default: the last)", "--target");
    }

    /** The {@code --build-arg}s as given, unresolved. */
    List<BuildArg> list() {
        return buildArgs.get();
    }

    Map<String, String> buildArgs(Map<String, String> env) {
        return BuildArg.resolve(buildArgs.get(), env);
    }

    /** The stage that is built; null for the last. */
    String target() {
        return target.get();
    }
}
