package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageManager;
import java.util.Set;

/**
 * {@code yum install httpd} without {@code httpd-<version>} (and {@code yum module install nodejs} without
 * {@code :<stream>}). A name with a dash followed by a digit counts as pinned ({@code httpd-2.4.6},
 * {@code java-17-openjdk} too: we cannot tell a version from a name that contains digits, and stay quiet).
 * Not flagged: {@code .rpm} files, URLs, {@code @group}s, provides such as {@code 'dnf-command(config-manager)'},
 * and variables.
 */
public final class YumUnpinned extends UnpinnedPackages {
    public YumUnpinned() {
        super("'yum install <package>-<version>'", Set.of(PackageManager.YUM));
    }
}
