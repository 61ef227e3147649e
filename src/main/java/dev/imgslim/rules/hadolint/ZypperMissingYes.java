package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import java.util.Set;

/**
 * {@code zypper install} (in, remove, rm, source-install, si, patch) without {@code -n}/{@code --non-interactive}
 * or {@code -y}/{@code --no-confirm}.
 */
public final class ZypperMissingYes extends MissingYes {
    private static final Set<String> PROMPTING =
            Set.of("install", "in", "remove", "rm", "source-install", "si", "patch");

    /** Adds {@code -y} ({@code --no-confirm}): after the subcommand, {@code -n} would mean {@code --name}, not non-interactive. */
    public ZypperMissingYes() {
        super(PackageManager.ZYPPER, "-y", "-n", "--non-interactive", "-y", "--no-confirm");
    }

    @Override
    boolean prompts(PackageOperation op) {
        return op.manager() == PackageManager.ZYPPER && PROMPTING.contains(String.valueOf(op.verb()));
    }
}
