package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import java.util.Set;

/**
 * {@code gem install rails} without {@code rails:<version>} or {@code -v}/{@code --version}. Not flagged:
 * local {@code .gem} files, {@code -g}/{@code --file} Gemfile installs, and variables.
 */
public final class GemUnpinned extends UnpinnedPackages {
    public GemUnpinned() {
        super("'gem install <gem>:<version>' or '-v <version>'", Set.of(PackageManager.GEM), "install");
    }

    @Override
    boolean commandPinned(PackageOperation op) {
        return op.hasOption("-v", "--version", "-g", "--file");
    }
}
