package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import java.util.Set;

/**
 * {@code apt-get install curl} without {@code curl=<version>}. Not flagged: local {@code .deb} files and
 * paths, variables ({@code $PKGS}), the value of {@code -t}/{@code -o} options, and {@code apt} (which
 * {@link AptInsteadOfAptGet} already reports).
 */
public final class AptUnpinned extends UnpinnedPackages {
    public AptUnpinned() {
        super("'apt-get install <package>=<version>'", Set.of(PackageManager.APT_GET), "install");
    }
}
