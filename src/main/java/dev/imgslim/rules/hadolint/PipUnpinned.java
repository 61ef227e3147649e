package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code pip install flask} without a version specifier ({@code flask==3.0}, {@code >=}, {@code ~=}, {@code @ url}).
 * Covers {@code pip}, {@code pip3}, {@code pip3.12} and {@code python -m pip}. Not flagged: requirement and
 * constraint files ({@code -r}, {@code -c}), editable installs ({@code -e}), local paths, archives, VCS URLs,
 * variables, and {@code pip install --upgrade pip setuptools wheel} (upgrading the installer itself, where
 * hadolint's users report this check as noise).
 */
public final class PipUnpinned extends UnpinnedPackages {
    private static final Set<String> TOOLING = Set.of("pip", "setuptools", "wheel");

    public PipUnpinned() {
        super("'pip install <package>==<version>' or a requirements file", Set.of(PackageManager.PIP), "install");
    }

    /** {@code pip install -U pip setuptools wheel} upgrades the tooling itself: not what pinning is about. */
    @Override
    List<PackageOperation.PackageRef> packages(PackageOperation op) {
        if (!op.hasOption("-U", "--upgrade")) return op.packages();
        List<PackageOperation.PackageRef> out = new ArrayList<>();
        for (PackageOperation.PackageRef p : op.packages()) {
            if (!TOOLING.contains(p.name().toLowerCase(Locale.ROOT))) out.add(p);
        }
        return Collections.unmodifiableList(out);
    }
}
