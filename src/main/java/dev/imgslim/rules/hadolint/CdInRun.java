package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RUN cd /app && make}: the directory change is invisible to later instructions, and a reader has
 * to follow it; {@code WORKDIR} says it once. Deliberately not flagged (where hadolint's users report
 * noise): a {@code cd} into a temporary place that {@code WORKDIR} would wrongly keep ({@code /tmp},
 * {@code $(mktemp -d)}, a folder the same RUN removes or creates with mkdir), RUNs that fetch sources
 * ({@code git clone}, {@code tar}, {@code unzip}) and build in them, RUNs with several {@code cd}s (a script
 * navigating, which WORKDIR cannot express), {@code cd} in a subshell ({@code (cd src && make)}), {@code cd -}, {@code cd ..}, {@code cd} inside a {@code sh -c} string
 * or a heredoc script, and directories given by variables.
 */
public final class CdInRun extends ShellRunRule {
    @Override
    void check(RunView run, Node<Run> node, FindingSink out) {
        if (run.isHeredocScript()) return;
        List<ShellCommand> cds = new ArrayList<>();
        for (ShellCommand c : run.commands("cd")) if (!c.nested()) cds.add(c);
        // Several cd's navigate a script (WORKDIR cannot say that); sources fetched or dirs made by the RUN are
        // transient.
        if (cds.size() != 1 || run.invokes("git", "clone") || run.invokes("tar") || run.invokes("unzip")) return;
        for (ShellCommand c : cds) {
            String dir = c.nonOptions().isEmpty() ? null : c.nonOptions().get(0);
            if (dir == null || dir.equals("-") || dir.startsWith("..") || Support.opaque(dir) || dir.contains("$("))
                continue;
            if (dir.equals("/tmp") || dir.startsWith("/tmp/") || dir.startsWith("/var/tmp") || dir.equals("/"))
                continue;
            if (dir.startsWith("/") && run.removes(dir)) continue;
            if (!dir.startsWith("/") && removesRelative(run, dir)) continue;
            if (makes(run, dir)) continue;
            if (c.subshell()) continue;
            out.report(
                    run.span(c),
                    "'cd " + dir + "' in a RUN; use 'WORKDIR " + dir + "' so later instructions"
                            + " and readers see the directory");
            break;
        }
    }

    private static boolean makes(RunView run, String dir) {
        for (ShellCommand m : run.commands("mkdir")) if (m.nonOptions().contains(dir)) return true;
        return false;
    }

    private static boolean removesRelative(RunView run, String dir) {
        String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        for (ShellCommand rm : run.commands("rm")) {
            for (String a : rm.nonOptions()) {
                String x = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
                if (x.equals(d) || x.endsWith("/" + d)) return true;
            }
        }
        return false;
    }
}
