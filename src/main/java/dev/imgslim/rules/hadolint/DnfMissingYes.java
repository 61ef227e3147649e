package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;

/** {@code dnf install} (groupinstall, localinstall, reinstall, module install) without {@code -y}/{@code --assumeyes}. Not flagged: {@code microdnf}, which never prompts. */
public final class DnfMissingYes extends MissingYes {
    public DnfMissingYes() {
        super(PackageManager.DNF, "-y", "-y", "--assumeyes");
    }
}
