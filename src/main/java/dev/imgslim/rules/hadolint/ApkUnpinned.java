package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import java.util.Set;

/**
 * {@code apk add curl} without {@code curl=<version>} (or {@code ~=}, {@code >=}...). Not flagged: the name
 * after {@code --virtual}/{@code -t} (a virtual package the command creates), local {@code .apk} files,
 * repository URLs after {@code -X}/{@code --repository}, and variables.
 */
public final class ApkUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = familyMeta("IS609", "apk-unpinned", "apk add", "DL3018");

    public ApkUnpinned() {
        super(META, "'apk add <package>=<version>'", Set.of(PackageManager.APK), "add");
    }
}
