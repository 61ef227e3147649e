package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.List;
import java.util.Set;

/**
 * Commands whose effect does not survive the RUN or needs a terminal or a running system: {@code ssh},
 * interactive {@code vim}, {@code shutdown}, {@code ps}, {@code free}, {@code top}, {@code ifconfig},
 * {@code mount}, {@code service x start} as the last thing a RUN does, and {@code kill} as the last thing a RUN does. Deliberately not flagged
 * (hadolint's users report these as false positives): {@code service x start ... service x stop} used to
 * initialise data inside one RUN (only a service command that ends the RUN is pointless), {@code kill} of a
 * process the same RUN put in the background, scripted vim ({@code vim +PlugInstall +qall}, {@code -c},
 * {@code -e}, {@code -s}), and package names ({@code apt-get install vim}).
 */
public final class PointlessCommand extends ShellRunRule {
    private static final Set<String> ALWAYS = Set.of("ssh", "shutdown", "ps", "free", "top", "ifconfig", "mount");

    @Override
    void check(RunView run, Node<Run> node, FindingSink out) {
        List<ShellCommand> cmds = run.commands();
        for (int i = 0; i < cmds.size(); i++) {
            ShellCommand c = cmds.get(i);
            boolean last = i == cmds.size() - 1;
            String why = null;
            if (ALWAYS.contains(c.name())) {
                if (c.name().equals("mount") && c.args().isEmpty())
                    why = "lists the build container's mounts, which the image does not keep";
                else if (c.name().equals("mount"))
                    why = "mounts last only for this RUN (and need privileges a build does not have)";
                else if (c.name().equals("ssh"))
                    why = "needs keys and a network peer; use RUN --mount=type=ssh with git or scp if you must";
                else why = "inspects the build container, not the image; its output is lost";
            } else if (c.is("vim") && interactive(c)) {
                why = "is interactive; a build has no terminal";
            } else if (c.is("service")
                    && last
                    && c.args().stream().anyMatch(a -> a.equals("start") || a.equals("restart"))) {
                why = "starts or stops a service that does not outlive this RUN; start it in CMD or ENTRYPOINT";
            } else if (c.is("kill") && last && !run.separators().contains("&")) {
                why = "has nothing to stop: no process of an earlier instruction is still running";
            }
            if (why == null) continue;
            out.report(run.span(c), "'" + c.name() + "' in a RUN " + why);
        }
    }

    private static boolean interactive(ShellCommand c) {
        for (String a : c.args()) {
            if (a.startsWith("+")
                    || a.equals("-c")
                    || a.equals("--cmd")
                    || a.startsWith("-e")
                    || a.startsWith("-s")
                    || a.equals("-E")
                    || a.equals("-u")
                    || a.equals("--version")
                    || a.equals("-Es")
                    || a.equals("-N")) return false;
        }
        return true;
    }
}
