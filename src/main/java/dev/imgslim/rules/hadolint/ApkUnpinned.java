package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import java.util.Set;

/**
 * {@code apk add curl} without {@code curl=<version>} (or {@code ~=}, {@code >=}...). Not flagged: the name
 * after {@code --virtual}/{@code -t} (a virtual package the command creates), local {@code .apk} files,
 * repository URLs after {@code -X}/{@code --repository}, and variables.
 */
public final class ApkUnpinned extends UnpinnedPackages {
    public ApkUnpinned() {
        super("'apk add <package>=<version>'", Set.of(PackageManager.APK), "add");
    }
}
