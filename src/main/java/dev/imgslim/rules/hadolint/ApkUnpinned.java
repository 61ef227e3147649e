package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;

/**
 * {@code apk add curl} without {@code curl=<version>} (or {@code ~=}, {@code >=}...). Not flagged: the name
 * after {@code --virtual}/{@code -t} (a virtual package the command creates), local {@code .apk} files,
 * repository URLs after {@code -X}/{@code --repository}, and variables.
 */
public final class ApkUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta(
                    "IS609", "apk-unpinned", Severity.WARNING, Category.STYLE, "Pin versions in apk add")
            .withAliases("DL3018");

    public ApkUnpinned() {
        super(META, "'apk add <package>=<version>'");
    }

    @Override
    boolean isInstall(PackageOperation op) {
        return op.manager() == PackageManager.APK && op.is("add");
    }
}
