package dev.imgslim.rules.size;

import dev.imgslim.build.Variables;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A RUN downloads a file ({@code curl -o}, {@code curl -O}, {@code wget}), then extracts or installs it
 * ({@code tar -x}, {@code unzip}, {@code dpkg -i}, {@code rpm -i}, {@code pip install}, {@code sh}/{@code bash}
 * of an installer) and does not delete it: the archive or installer stays in the layer next to what it
 * unpacked. Paths are compared after WORKDIR (and {@code /} before any WORKDIR) and {@code cd}.
 *
 * <p>Deliberately not flagged: downloads that are the wanted content (a binary saved to
 * {@code /usr/local/bin}, used as is); a RUN that removes the download, or its folder; streams
 * ({@code curl ... | tar -x}); stages that do not ship; {@code ONBUILD RUN}. A download removed in a later
 * RUN is delete-in-later-layer's; {@code ADD <url>} is add-remote-archive's.
 */
public final class DownloadLeftInLayer extends ShippedRunRule {
    /** Programs that read a downloaded file to unpack or install it. */
    private static final Set<String> CONSUMERS = Set.of(
            "tar", "unzip", "gunzip", "bunzip2", "unxz", "7z", "7za", "dpkg", "rpm", "sh", "bash", "apt-get", "apt",
            "yum", "dnf", "pip", "pip3", "python", "python3", "java");

    private static final Pattern PIP_OR_PYTHON = Pattern.compile("pip[0-9.]*|python[0-9.]*");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    private record Download(String path, String word, ShellCommand by) {}

    @Override
    void check(Node<Run> node, RunView run, FindingSink out) {
        String cwd = cwd(node);
        check(run, cwd != null ? cwd : GitCloneWithHistory.DEFAULT_CWD, node.variables(), out);
    }

    private static void check(RunView run, String cwd, Variables vars, FindingSink out) {
        List<Download> downloads = new ArrayList<>();
        Map<String, String> usedBy = new HashMap<>(); // path -> the first command that reads it
        for (Layers.Located l : Layers.located(run, cwd, vars)) {
            ShellCommand c = l.command();
            Download d = download(c, l.here(), vars);
            if (d != null) downloads.add(d);
            if (CONSUMERS.contains(c.name()) || PIP_OR_PYTHON.matcher(c.name()).matches()) {
                for (String a : c.nonOptions()) {
                    String p = Layers.operand(a, l.here(), vars);
                    if (p != null) usedBy.putIfAbsent(p, c.name());
                }
            }
        }
        if (downloads.isEmpty()) return;
        Removals removed = Removals.of(Additions.removedPaths(run, cwd, vars));
        for (Download d : downloads) {
            if (removed.covers(d.path())) continue;
            String user = usedBy.get(d.path());
            if (user == null) continue;
            out.report(
                    run.span(d.by()),
                    "'" + d.by().name() + "' downloads " + d.word() + ", which '" + user
                            + "' then unpacks or installs, but the RUN never deletes it: the download stays in this layer next to"
                            + " what it unpacked; add '&& rm -f " + d.word()
                            + "' to the same RUN (or stream it: curl ... | tar -x)");
        }
    }

    /** The file a curl or wget command saves, or null (stdout, no URL, unknown path). */
    private static Download download(ShellCommand c, String here, Variables vars) {
        String word = null;
        if (c.is("curl")) {
            word = Layers.option(c, List.of("-o"), List.of("--output"));
            if (word == null && c.hasFlag("-O", "--remote-name")) word = firstUrlName(c);
        } else if (c.is("wget")) {
            word = Layers.option(c, List.of("-O"), List.of("--output-document"));
            if (word == null) {
                String name = firstUrlName(c);
                String dir = Layers.option(c, List.of("-P"), List.of("--directory-prefix"));
                word = name == null ? null : dir == null ? name : dir + "/" + name;
            }
        }
        if (word == null || word.equals("-") || word.startsWith("/dev/")) return null;
        String path = Layers.operand(word, here, vars);
        return path == null ? null : new Download(path, word, c);
    }

    private static String firstUrlName(ShellCommand c) {
        for (String a : c.nonOptions()) {
            if (a.startsWith("http://") || a.startsWith("https://") || a.startsWith("ftp://")) {
                String name = Layers.baseName(QUERY_OR_FRAGMENT.matcher(a).replaceFirst(""));
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }
}
