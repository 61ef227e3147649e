package dev.imgslim.rules.shellcheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Tests run the real shellcheck: in CI a missing one fails, elsewhere the test is skipped with the reason. */
public final class ShellcheckInstalled {
    private ShellcheckInstalled() {}

    public static void require() {
        if (path() != null) return;
        String reason = ShellcheckRule.NOT_FOUND_MESSAGE + " (scripts/test-all installs it)";
        if ("true".equals(System.getenv("CI"))) fail(reason);
        System.out.println("skipped: " + reason);
        Assumptions.abort(reason);
    }

    /** The shellcheck on the test JVM's own PATH (a run finds it on its environment's), or null. */
    public static Path path() {
        return ShellcheckRule.findOnPath(System.getenv());
    }
}
