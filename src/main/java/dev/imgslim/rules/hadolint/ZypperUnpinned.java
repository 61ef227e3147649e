package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.script.ShellCommand;

import java.util.List;
import java.util.Set;

/**
 * {@code zypper install curl} without {@code curl=<version>} (or {@code >=}, {@code <}...). Not flagged:
 * {@code .rpm} files, URLs, patterns given with {@code -t pattern}, and variables.
 */
public final class ZypperUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta("IS614", "zypper-unpinned", Severity.WARNING, Category.STYLE,
            "Pin versions in zypper install").withAliases("DL3037");
    static final Set<String> VALUED = Set.of("-r", "--repo", "--from", "-t", "--type", "--root", "-R", "--releasever",
            "-D", "--reposd-dir", "-C", "--cache-dir", "--installroot");

    @Override public RuleMeta meta() { return META; }

    @Override boolean isInstall(ShellCommand c) {
        return c.is("zypper") && Set.of("install", "in").contains(String.valueOf(subcommand(c))) && !c.hasArg("pattern");
    }

    static String subcommand(ShellCommand c) {
        List<String> a = c.args();
        for (int i = 0; i < a.size(); i++) {
            if (VALUED.contains(a.get(i))) { i++; continue; }
            if (!a.get(i).startsWith("-")) return a.get(i);
        }
        return null;
    }

    @Override List<ShellCommand.Word> packages(ShellCommand c) { return Support.operands(c, VALUED); }

    @Override boolean pinned(String p) {
        return p.contains("=") || p.contains(">") || p.contains("<") || p.endsWith(".rpm") || localOrUrl(p);
    }

    @Override String howTo() { return "'zypper install <package>=<version>'"; }
}
