package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;

/** {@code dnf install} (groupinstall, localinstall, reinstall, module install) without {@code -y}/{@code --assumeyes}. Not flagged: {@code microdnf}, which never prompts. */
public final class DnfMissingYes extends MissingYes {
    public static final RuleMeta META =
            familyMeta("IS617", "dnf-missing-yes", "Use the -y switch with dnf install", "DL3038");

    public DnfMissingYes() {
        super(META, PackageManager.DNF, "-y", "-y", "--assumeyes");
    }
}
