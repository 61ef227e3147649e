package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;

/**
 * {@code gem install rails} without {@code rails:<version>} or {@code -v}/{@code --version}. Not flagged:
 * local {@code .gem} files, {@code -g}/{@code --file} Gemfile installs, and variables.
 */
public final class GemUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta(
                    "IS610", "gem-unpinned", Severity.WARNING, Category.STYLE, "Pin versions in gem install")
            .withAliases("DL3028");

    public GemUnpinned() {
        super(META, "'gem install <gem>:<version>' or '-v <version>'");
    }

    @Override
    boolean isInstall(PackageOperation op) {
        return op.manager() == PackageManager.GEM && op.is("install");
    }

    @Override
    boolean commandPinned(PackageOperation op) {
        return op.hasOption("-v", "--version", "-g", "--file");
    }
}
