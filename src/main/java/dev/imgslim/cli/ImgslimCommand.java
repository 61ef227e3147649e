package dev.imgslim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level command: only lists its subcommands ({@link CommandTree} adds them); without one it
 * prints the help and exits 2 (a usage error).
 */
final class ImgslimCommand implements Callable<Integer> {
    private final CommandSpec spec = Declare.command(
                    this,
                    "imgslim",
                    "Dockerfile linter and image-size advisor: finds what makes images big and slow to pull, with the bytes it costs.")
            .exitCodes(
                    " 0:nothing at or above --failure-threshold",
                    " 1:findings at or above --failure-threshold, or the size budget exceeded",
                    " 2:usage error or bad input (missing file, parse error)",
                    " 3:the probe could not measure an image",
                    "70:internal error (a bug: please report it)")
            .spec
            .versionProvider(new VersionLines());

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        // A usage error: the help goes to stderr, so that `imgslim > out.txt` does not look like a report.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** What {@code -V/--version} prints after a subcommand ({@code imgslim lint --version}). */
    private static final class VersionLines implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return Version.lines();
        }
    }
}
