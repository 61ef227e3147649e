package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;

/**
 * {@code npm install express} without {@code express@<version>}. Not flagged: {@code npm install} /
 * {@code npm ci} with no package names (they follow package.json and the lock file), local folders and
 * tarballs, git and http URLs, GitHub shorthands ({@code user/repo}), and variables. Dist-tags that move
 * ({@code @latest}, {@code @next}) count as unpinned.
 */
public final class NpmUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta(
                    "IS608", "npm-unpinned", Severity.WARNING, Category.STYLE, "Pin versions in npm install")
            .withAliases("DL3016");

    public NpmUnpinned() {
        super(META, "'npm install <package>@<version>'");
    }

    @Override
    boolean isInstall(PackageOperation op) {
        return op.manager() == PackageManager.NPM && op.isInstall();
    }
}
