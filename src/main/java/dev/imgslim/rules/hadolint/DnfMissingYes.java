package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;

/** {@code dnf install} (groupinstall, localinstall, reinstall, module install) without {@code -y}/{@code --assumeyes}. Not flagged: {@code microdnf}, which never prompts. */
public final class DnfMissingYes extends MissingYes {
    public static final RuleMeta META = new RuleMeta(
                    "IS617",
                    "dnf-missing-yes",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "Use the -y switch with dnf install")
            .withAliases("DL3038")
            .withFix(Fix.Safety.SAFE);

    public DnfMissingYes() {
        super(META, PackageManager.DNF, "-y", "-y", "--assumeyes");
    }
}
