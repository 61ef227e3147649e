package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;

/** {@code yum install} (groupinstall, localinstall, reinstall, module install) without {@code -y}/{@code --assumeyes}. */
public final class YumMissingYes extends MissingYes {
    public static final RuleMeta META =
            familyMeta("IS616", "yum-missing-yes", "Use the -y switch with yum install", "DL3030");

    public YumMissingYes() {
        super(META, PackageManager.YUM, "-y", "-y", "--assumeyes");
    }
}
