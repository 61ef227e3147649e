package dev.imgslim.rules.shellcheck;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** Tests run the real shellcheck: in CI a missing one fails, elsewhere the test is skipped with the reason. */
public final class ShellcheckInstalled {
    private ShellcheckInstalled() {}

    public static void require() {
        if (ShellcheckRule.available()) return;
        String reason = ShellcheckRule.NOT_FOUND_MESSAGE + " (scripts/test-all installs it)";
        if ("true".equals(System.getenv("CI"))) fail(reason);
        System.out.println("skipped: " + reason);
        Assumptions.abort(reason);
    }
}
