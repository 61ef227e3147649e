package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import java.util.Set;

/**
 * {@code npm install express} without {@code express@<version>}. Not flagged: {@code npm install} /
 * {@code npm ci} with no package names (they follow package.json and the lock file), local folders and
 * tarballs, git and http URLs, GitHub shorthands ({@code user/repo}), and variables. Dist-tags that move
 * ({@code @latest}, {@code @next}) count as unpinned.
 */
public final class NpmUnpinned extends UnpinnedPackages {
    public NpmUnpinned() {
        super("'npm install <package>@<version>'", Set.of(PackageManager.NPM));
    }
}
