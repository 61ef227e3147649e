package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.script.ShellCommand;

import java.util.List;
import java.util.Set;

/**
 * {@code apt-get install curl} without {@code curl=<version>}. Not flagged: local {@code .deb} files and
 * paths, variables ({@code $PKGS}), the value of {@code -t}/{@code -o} options, and {@code apt} (which
 * {@link AptInsteadOfAptGet} already reports).
 */
public final class AptUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta("IS606", "apt-unpinned", Severity.WARNING, Category.STYLE,
            "Pin versions in apt-get install").withAliases("DL3008");
    private static final Set<String> VALUED = Set.of("-t", "--target-release", "--default-release", "-o", "--option", "-c", "--config-file");

    @Override public RuleMeta meta() { return META; }

    @Override boolean isInstall(ShellCommand c) { return c.is("apt-get") && "install".equals(subcommand(c)); }

    static String subcommand(ShellCommand c) {
        List<String> a = c.args();
        for (int i = 0; i < a.size(); i++) {
            if (VALUED.contains(a.get(i))) { i++; continue; }
            if (!a.get(i).startsWith("-")) return a.get(i);
        }
        return null;
    }

    @Override List<ShellCommand.Word> packages(ShellCommand c) { return Support.operands(c, VALUED); }

    // pkg/suite (pkg/bookworm-backports) pins the release, as hadolint counts it.
    @Override boolean pinned(String p) { return p.contains("=") || p.contains("/") || p.endsWith(".deb") || localOrUrl(p); }

    @Override String howTo() { return "'apt-get install <package>=<version>'"; }
}
