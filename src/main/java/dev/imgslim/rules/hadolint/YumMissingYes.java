package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;

/** {@code yum install} (groupinstall, localinstall, reinstall, module install) without {@code -y}/{@code --assumeyes}. */
public final class YumMissingYes extends MissingYes {
    public YumMissingYes() {
        super(PackageManager.YUM, "-y", "-y", "--assumeyes");
    }
}
