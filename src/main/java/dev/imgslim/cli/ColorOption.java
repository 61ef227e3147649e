package dev.imgslim.cli;

import dev.imgslim.report.Terminal;
import java.nio.file.Path;
import java.util.Map;

/** {@code --no-color} and the rest of the decision whether a report gets ANSI colours. */
final class ColorOption {
    private final Opt<Boolean> noColor;

    ColorOption(Declare command) {
        noColor = command.flag("No ANSI colours (also when NO_COLOR is set)", "--no-color");
    }

    boolean noColor() {
        return noColor.get();
    }

    boolean on(Map<String, String> env, Path output) {
        return on(noColor(), env, output);
    }

    /** Colours only for a terminal: not with --no-color or NO_COLOR set, nor when the report goes to a file. */
    static boolean on(boolean noColor, Map<String, String> env, Path output) {
        return !noColor && env.get("NO_COLOR") == null && output == null && Terminal.attached();
    }
}
