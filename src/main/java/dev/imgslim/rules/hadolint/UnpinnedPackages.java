package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared shape of the "pin versions in &lt;installer&gt;" checks: find the installer's install commands
 * in every shell RUN (builder stages included: that is hadolint's semantics, and an unpinned build
 * tool changes what ships too), and report the first unpinned package of each command, naming all.
 * Words that cannot be judged statically ({@code $PKGS}, globs, command substitutions) are skipped.
 */
abstract class UnpinnedPackages implements Rule {

    /** The install commands of this installer in one RUN. */
    abstract boolean isInstall(ShellCommand c);

    /** The package words of an install command. */
    abstract List<ShellCommand.Word> packages(ShellCommand c);

    /** True when the word names a fixed version (or is a local file, URL or other non-registry source). */
    abstract boolean pinned(String pkg);

    boolean pinned(ShellCommand c, String pkg) {
        return pinned(pkg);
    }

    /** How to pin, e.g. {@code apt-get install <package>=<version>}. */
    abstract String howTo();

    /** When the whole command is pinned by an option ({@code gem install -v 1.2 x}). */
    boolean commandPinned(ShellCommand c) {
        return false;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (LintContext.StageRun sr : Support.shellRuns(ctx)) {
            RunView run = sr.run();
            for (ShellCommand c : run.commands()) {
                if (!isInstall(c) || commandPinned(c)) continue;
                List<ShellCommand.Word> bad = new ArrayList<>();
                for (ShellCommand.Word w : packages(c)) {
                    String v = w.value();
                    if (Support.opaque(v) || pinned(c, v)) continue;
                    bad.add(w);
                }
                if (bad.isEmpty()) continue;
                List<String> names = bad.stream().map(ShellCommand.Word::value).toList();
                out.report(meta(), Support.wordSpan(run, c, bad.get(0)), (names.size() == 1 ? "package " : "packages ")
                        + Support.list(names) + (names.size() == 1 ? " is" : " are") + " not pinned to a version; use " + howTo());
            }
        }
    }

    static boolean localOrUrl(String p) {
        return p.startsWith("/") || p.startsWith("./") || p.startsWith("../") || p.startsWith("~") || p.contains("://");
    }
}
