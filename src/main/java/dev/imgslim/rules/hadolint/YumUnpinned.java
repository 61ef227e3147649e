package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.script.ShellCommand;

import java.util.List;

/**
 * {@code yum install httpd} without {@code httpd-<version>} (and {@code yum module install nodejs} without
 * {@code :<stream>}). A name with a dash followed by a digit counts as pinned ({@code httpd-2.4.6},
 * {@code java-17-openjdk} too: we cannot tell a version from a name that contains digits, and stay quiet).
 * Not flagged: {@code .rpm} files, URLs, {@code @group}s, provides such as {@code 'dnf-command(config-manager)'},
 * and variables.
 */
public final class YumUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta("IS612", "yum-unpinned", Severity.WARNING, Category.STYLE,
            "Pin versions in yum install").withAliases("DL3033");

    @Override public RuleMeta meta() { return META; }

    @Override boolean isInstall(ShellCommand c) { return c.is("yum") && RpmInstallers.isInstall(c); }

    @Override List<ShellCommand.Word> packages(ShellCommand c) { return RpmInstallers.packages(c); }

    @Override boolean pinned(String p) { return RpmInstallers.pinned(p, false); }

    @Override boolean pinned(ShellCommand c, String p) { return RpmInstallers.pinned(p, RpmInstallers.isModuleInstall(c)); }

    @Override String howTo() { return "'yum install <package>-<version>'"; }
}
