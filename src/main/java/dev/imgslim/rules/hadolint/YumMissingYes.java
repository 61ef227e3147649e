package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;

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

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean prompts(PackageOperation op) {
        return op.manager() == PackageManager.YUM && op.isInstall();
    }

    @Override
    boolean answered(PackageOperation op) {
        return op.hasOption("-y", "--assumeyes");
    }

    @Override
    String yes() {
        return "-y";
    }
}
