package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;

/**
 * {@code apt-get install curl} without {@code curl=<version>}. Not flagged: local {@code .deb} files and
 * paths, variables ({@code $PKGS}), the value of {@code -t}/{@code -o} options, and {@code apt} (which
 * {@link AptInsteadOfAptGet} already reports).
 */
public final class AptUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta(
                    "IS606", "apt-unpinned", Severity.WARNING, Category.STYLE, "Pin versions in apt-get install")
            .withAliases("DL3008");

    public AptUnpinned() {
        super(META, "'apt-get install <package>=<version>'");
    }

    @Override
    boolean isInstall(PackageOperation op) {
        return op.manager() == PackageManager.APT_GET && op.is("install");
    }
}
