package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import java.util.Set;

/**
 * {@code go install example.com/tool@latest} (or {@code @master}, {@code @main}, {@code @HEAD}): a moving
 * version. Deliberately not flagged: {@code go install pkg} without {@code @}, which in module mode takes
 * the version from go.mod (a pin we cannot see), and local packages ({@code ./cmd/...}).
 */
public final class GoInstallUnpinned extends UnpinnedPackages {
    public GoInstallUnpinned() {
        super("'go install <module>@<version>' with a fixed version", Set.of(PackageManager.GO), "install");
    }

    /** Without {@code @version} the module's go.mod decides; a query such as {@code @latest} moves. */
    @Override
    boolean pinned(PackageOperation.PackageRef p) {
        return p.version() == null || p.isPinned();
    }
}
