package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.script.ShellCommand;

import java.util.List;
import java.util.Set;

/**
 * {@code gem install rails} without {@code rails:<version>} or {@code -v}/{@code --version}. Not flagged:
 * local {@code .gem} files, {@code -g}/{@code --file} Gemfile installs, and variables.
 */
public final class GemUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta("IS610", "gem-unpinned", Severity.WARNING, Category.STYLE,
            "Pin versions in gem install").withAliases("DL3028");
    private static final Set<String> VALUED = Set.of("-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source",
            "--platform", "-P", "--trust-policy", "--build-root", "--document");

    @Override public RuleMeta meta() { return META; }

    @Override boolean isInstall(ShellCommand c) { return c.is("gem") && "install".equals(c.subcommand()); }

    @Override boolean commandPinned(ShellCommand c) {
        return c.hasFlag("-v", "--version", "-g", "--file");
    }

    @Override List<ShellCommand.Word> packages(ShellCommand c) { return Support.operands(c, VALUED); }

    @Override boolean pinned(String p) { return p.contains(":") || p.endsWith(".gem") || localOrUrl(p); }

    @Override String howTo() { return "'gem install <gem>:<version>' or '-v <version>'"; }
}
