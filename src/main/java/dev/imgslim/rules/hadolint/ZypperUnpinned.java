package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import java.util.Set;

/**
 * {@code zypper install curl} without {@code curl=<version>} (or {@code >=}, {@code <}...). Not flagged:
 * {@code .rpm} files, URLs, patterns given with {@code -t pattern}, and variables.
 */
public final class ZypperUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = familyMeta("IS614", "zypper-unpinned", "zypper install", "DL3037");

    public ZypperUnpinned() {
        super(META, "'zypper install <package>=<version>'", Set.of(PackageManager.ZYPPER), "install", "in");
    }
}
