package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import java.util.Set;

/**
 * {@code zypper install curl} without {@code curl=<version>} (or {@code >=}, {@code <}...). Not flagged:
 * {@code .rpm} files, URLs, patterns given with {@code -t pattern}, and variables.
 */
public final class ZypperUnpinned extends UnpinnedPackages {
    public ZypperUnpinned() {
        super("'zypper install <package>=<version>'", Set.of(PackageManager.ZYPPER), "install", "in");
    }
}
