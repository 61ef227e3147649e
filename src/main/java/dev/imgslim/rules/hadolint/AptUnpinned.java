package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import java.util.Set;

/**
 * {@code apt-get install curl} without {@code curl=<version>}. Not flagged: local {@code .deb} files and
 * paths, variables ({@code $PKGS}), the value of {@code -t}/{@code -o} options, and {@code apt} (which
 * {@link AptInsteadOfAptGet} already reports).
 */
public final class AptUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = familyMeta("IS606", "apt-unpinned", "apt-get install", "DL3008");

    public AptUnpinned() {
        super(META, "'apt-get install <package>=<version>'", Set.of(PackageManager.APT_GET), "install");
    }
}
