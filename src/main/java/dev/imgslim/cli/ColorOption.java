package dev.imgslim.cli;

import dev.imgslim.report.Terminal;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --no-color} and the rest of the decision whether a report gets ANSI colours (a picocli mixin). */
final class ColorOption {
    @Option(names = "--no-color", description = "No ANSI colours (also when NO_COLOR is set)")
    boolean noColor;

    /** Colours only for a terminal: not with --no-color or NO_COLOR set, nor when the report goes to a file. */
    boolean on(Map<String, String> env, Path output) {
        return !noColor && env.get("NO_COLOR") == null && output == null && Terminal.attached();
    }
}
