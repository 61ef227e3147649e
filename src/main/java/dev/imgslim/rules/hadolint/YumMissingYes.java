package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;

/** {@code yum install} (groupinstall, localinstall, reinstall, module install) without {@code -y}/{@code --assumeyes}. */
public final class YumMissingYes extends MissingYes {
    public static final RuleMeta META = new RuleMeta(
                    "IS616",
                    "yum-missing-yes",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "Use the -y switch with yum install")
            .withAliases("DL3030")
            .withFix(Fix.Safety.SAFE);

    public YumMissingYes() {
        super(META, PackageManager.YUM, "-y", "-y", "--assumeyes");
    }
}
