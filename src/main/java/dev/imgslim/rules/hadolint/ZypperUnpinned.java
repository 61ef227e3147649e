package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;

/**
 * {@code zypper install curl} without {@code curl=<version>} (or {@code >=}, {@code <}...). Not flagged:
 * {@code .rpm} files, URLs, patterns given with {@code -t pattern}, and variables.
 */
public final class ZypperUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta(
                    "IS614", "zypper-unpinned", Severity.WARNING, Category.STYLE, "Pin versions in zypper install")
            .withAliases("DL3037");

    public ZypperUnpinned() {
        super(META, "'zypper install <package>=<version>'");
    }

    @Override
    boolean isInstall(PackageOperation op) {
        return op.manager() == PackageManager.ZYPPER && (op.is("install") || op.is("in"));
    }
}
