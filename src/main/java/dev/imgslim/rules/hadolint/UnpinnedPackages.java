package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shared shape of the "pin versions in &lt;installer&gt;" checks: find the installer's install commands
 * (read once per RUN as {@link PackageOperation}s) in every shell RUN (builder stages included: that is hadolint's semantics, and an unpinned build
 * tool changes what ships too), and report the first unpinned package of each command, naming all.
 * Words that cannot be judged statically ({@code $PKGS}, globs, command substitutions) are skipped.
 */
abstract class UnpinnedPackages extends PackageOperationRule {
    private final String howTo;
    private final Set<PackageManager> managers;
    private final Set<String> verbs;

    /**
     * @param howTo    how to pin, e.g. {@code 'apt-get install <package>=<version>'}
     * @param managers the installers whose installs this rule judges
     * @param verbs    the verbs that install ({@code install}, {@code in}); none: every verb the model reads
     *                 as an install ({@link PackageOperation#isInstall()})
     */
    UnpinnedPackages(String howTo, Set<PackageManager> managers, String... verbs) {
        this.howTo = howTo;
        this.managers = managers;
        this.verbs = Set.of(verbs);
    }

    /** True for the install operations of this rule's installers. */
    private boolean isInstall(PackageOperation op) {
        if (!managers.contains(op.manager())) return false;
        return verbs.isEmpty() ? op.isInstall() : op.verb() != null && verbs.contains(op.verb());
    }

    /** The package operands of an install operation (default: all of them). */
    List<PackageOperation.PackageRef> packages(PackageOperation op) {
        return op.packages();
    }

    /** True when the operand installs a fixed version (default: the model's reading, {@link PackageOperation.PackageRef#isPinned()}). */
    boolean pinned(PackageOperation.PackageRef p) {
        return p.isPinned();
    }

    /** When the whole command is pinned by an option ({@code gem install -v 1.2 x}). */
    boolean commandPinned(PackageOperation op) {
        return false;
    }

    @Override
    final void check(PackageOperation op, RunView run, Node<Run> node, FindingSink out) {
        if (!isInstall(op) || commandPinned(op)) return;
        List<ShellCommand.Word> bad = new ArrayList<>();
        for (PackageOperation.PackageRef p : packages(op)) {
            if (Support.opaque(p.word().value()) || pinned(p)) continue;
            bad.add(p.word());
        }
        if (bad.isEmpty()) return;
        List<String> names = new ArrayList<>(bad.size());
        for (ShellCommand.Word w : bad) names.add(w.value());
        out.report(
                run.span(op, bad.get(0)),
                (names.size() == 1 ? "package " : "packages ") + Support.list(names)
                        + (names.size() == 1 ? " is" : " are") + " not pinned to a version; use " + howTo);
    }
}
