package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;

/**
 * {@code zypper dist-upgrade} / {@code zypper dup}: upgrades the base distribution inside the build, so the
 * image no longer matches the base tag it names. Not flagged: {@code zypper update}/{@code patch}.
 */
public final class ZypperDistUpgrade extends ShellRunRule {
    public static final RuleMeta META = new RuleMeta(
                    "IS620",
                    "zypper-dist-upgrade",
                    Severity.WARNING,
                    Category.CORRECTNESS,
                    "Do not use zypper dist-upgrade in a Dockerfile")
            .withAliases("DL3035");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(RunView run, Node<Run> node, FindingSink out) {
        for (PackageOperation op : run.packageOperations(PackageManager.ZYPPER)) {
            ShellCommand c = op.command();
            String sub = op.verb();
            if (!"dist-upgrade".equals(sub) && !"dup".equals(sub)) continue;
            out.report(
                    META,
                    run.span(c),
                    "'zypper " + sub + "' upgrades the whole distribution during the build;"
                            + " use a newer base image instead");
        }
    }
}
