package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.fix.edits.PackageEdits;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.syntax.Run;
import java.util.Set;

/**
 * {@code apt install}: apt is the interactive front end, its output and behaviour are not a stable
 * interface ("WARNING: apt does not have a stable CLI interface"). Not flagged: {@code apt-get},
 * {@code apt-cache}, {@code apt-key}, and {@code apt} subcommands that only read ({@code apt list},
 * {@code apt show}, {@code apt search}, {@code apt policy}).
 */
public final class AptInsteadOfAptGet extends PackageOperationRule {
    public static final RuleMeta META = new RuleMeta(
                    "IS619",
                    "apt-instead-of-apt-get",
                    Severity.WARNING,
                    Category.STYLE,
                    "Use apt-get or apt-cache instead of apt in scripts")
            .withAliases("DL3027")
            .withFix(Fix.Safety.SAFE);

    public AptInsteadOfAptGet() {
        super(META);
    }

    private static final Set<String> READ_ONLY =
            Set.of("list", "show", "search", "policy", "showsrc", "depends", "rdepends");

    @Override
    void check(PackageOperation op, RunView run, Node<Run> node, FindingSink out) {
        String sub = op.verb();
        if (op.manager() != PackageManager.APT || sub == null || READ_ONLY.contains(sub)) return;
        out.report(
                META,
                run.span(op.command()),
                "'apt " + sub + "' uses apt's interactive front end, which has no stable"
                        + " command-line interface; use 'apt-get " + sub + "'",
                null,
                PackageEdits.aptGet(node.context().file(), run, op.command()));
    }
}
