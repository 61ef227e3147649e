package dev.imgslim.rules.size;

import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Reach;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.StageRule;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ADD whose download or archive stays in a layer of a shipped stage: an {@code ADD https://...}
 * that a later RUN extracts ({@code tar -x}, {@code unzip}) or deletes (the download stays in the ADD's
 * layer, the extracted files land in another), or a local tar archive that ADD auto-extracts and a
 * later RUN deletes. One {@code RUN curl ... | tar -x} layer, or ADD in a stage that does not ship,
 * keeps only what is needed.
 *
 * <p>Deliberately not flagged: {@code ADD} of a URL that is used as is (a binary, a jar), git URLs,
 * ADD in builder stages, and ADD of local files that are not archives (that is "use COPY", DL3020,
 * another rule's job).
 */
public final class AddRemoteArchive extends StageRule implements Reach.ShippingOnly {
    static final List<String> ARCHIVES = List.of(
            ".tar",
            ".tar.gz",
            ".tgz",
            ".tar.bz2",
            ".tbz2",
            ".tbz",
            ".tar.xz",
            ".txz",
            ".tar.zst",
            ".tzst",
            ".zip",
            ".gz",
            ".bz2",
            ".xz",
            ".zst");

    /** Folders that hold more than what an archive put there: a removal inside them proves nothing. */
    static final java.util.Set<String> SYSTEM_DIRS = java.util.Set.of(
            "/",
            "/usr",
            "/usr/local",
            "/opt",
            "/etc",
            "/var",
            "/home",
            "/srv",
            "/root",
            "/usr/share",
            "/usr/lib",
            "/lib",
            "/bin",
            "/sbin",
            "/usr/bin",
            "/usr/sbin",
            "/usr/local/bin",
            "/usr/local/lib",
            "/usr/local/share",
            "/var/lib",
            "/var/cache");

    /** @param entries absolute paths the local archive holds (read from the build context), or empty when unknown */
    private record Download(
            Instruction add, String source, String path, boolean remote, boolean archive, List<String> entries) {}

    /** A stage at a time: its ADDs, then the RUNs after them that unpack or delete what they added. */
    @Override
    public void visit(Stage stage, LintContext ctx, FindingSink out) {
        List<Download> downloads = new ArrayList<>();
        Lineage lineage = Lineage.of(ctx);
        List<Instruction> body = stage.instructions();
        for (int i = 0; i < body.size(); i++) {
            Instruction ins = body.get(i);
            String cwd = lineage.cwdBefore(stage, ins);
            Variables vars = stage.variablesBefore(i);
            // ADD --unpack (Dockerfile 1.17+) extracts a remote archive in place: nothing extra stays.
            if (ins.is("ADD") && ins.flag("unpack") == null) {
                for (Additions.Added a : Additions.ofCopy(ctx, ins, cwd, vars)) {
                    String src = Layers.expand(a.source(), vars);
                    if (src == null || src.toLowerCase(Locale.ROOT).endsWith(".git") || src.startsWith("git@"))
                        continue;
                    boolean remote = Additions.isUrl(src);
                    boolean archive = isArchive(src);
                    if (!remote && !(archive && !src.endsWith(".zip") && ins.flag("from") == null)) continue;
                    // A local tar is extracted into the destination folder: its files are what a later RUN deletes.
                    String path = remote
                            ? a.path()
                            : a.path().substring(0, Math.max(1, a.path().lastIndexOf('/')));
                    if (!remote
                            && !ins.args().get(ins.args().size() - 1).endsWith("/")
                            && ins.args().size() == 2) path = a.path();
                    List<String> entries = remote ? List.of() : TarEntries.read(ctx, src, path);
                    downloads.add(new Download(ins, a.source(), path, remote, archive, entries));
                }
            } else if (ins.is("RUN") && !downloads.isEmpty()) {
                RunView run = ctx.run(ins);
                if (!run.isShell()) continue;
                check(run, cwd, vars, downloads, out);
            }
        }
    }

    /** Reports the downloads this RUN unpacks or deletes, and takes them off the list: one finding per ADD. */
    private static void check(RunView run, String cwd, Variables vars, List<Download> downloads, FindingSink out) {
        // What the RUN unpacks (path -> the last command that does) and removes, read once per RUN.
        Map<String, String> unpacked = new HashMap<>();
        for (ShellCommand c : run.commands()) {
            if ((c.is("tar") && Additions.isExtract(c))
                    || c.is("unzip")
                    || c.is("gunzip")
                    || c.is("xz")
                    || c.is("bunzip2")
                    || c.is("zstd")
                    || c.is("7z")) {
                for (String a : c.nonOptions()) {
                    String e = Layers.expand(a, vars);
                    String p = e == null ? null : Layers.resolve(e, cwd);
                    if (p != null) unpacked.put(p, c.name());
                }
            }
        }
        List<String> removedPaths = Additions.removedPaths(run, cwd, vars);
        if (unpacked.isEmpty() && removedPaths.isEmpty()) return;
        Removals removed = Removals.of(removedPaths);
        // Folders that hold a removed path (rm -rf /opt/x/docs is inside /opt/x).
        Set<String> holdRemoved = new HashSet<>();
        for (String r : removedPaths) {
            for (int i = r.indexOf('/', 1); i > 0; i = r.indexOf('/', i + 1)) holdRemoved.add(r.substring(0, i));
            if (r.startsWith("/") && r.length() > 1) holdRemoved.add("/");
        }
        Set<Instruction> done = new HashSet<>(); // one finding per ADD, whatever number of sources it has
        for (Download d : downloads) {
            if (done.contains(d.add())) continue;
            String use = d.remote() ? unpacked.get(d.path()) : null;
            boolean deleted = removed.covers(d.path())
                    || (!d.remote() && !SYSTEM_DIRS.contains(d.path()) && holdRemoved.contains(d.path()));
            for (String e : d.entries()) {
                if (deleted) break;
                deleted = removed.covers(e);
            }
            if (use == null && !deleted) continue;
            done.add(d.add());
            report(run, d, use, deleted, out);
        }
        if (!done.isEmpty()) downloads.removeIf(d -> done.contains(d.add()));
    }

    private static void report(RunView run, Download d, String use, boolean deleted, FindingSink out) {
        String message;
        if (d.remote()) {
            message = "ADD downloads " + d.source() + " into its own layer"
                    + (use != null ? " and line " + run.instruction().line() + " unpacks it with '" + use + "'" : "")
                    + (deleted
                            ? "; deleting it at line " + run.instruction().line() + " does not shrink that layer"
                            : "")
                    + (d.archive()
                            ? ": download, unpack and clean up in one RUN ('curl -fsSL URL | tar -xz -C DIR'),"
                            : ": download, use and delete it in one RUN ('curl -fsSLo FILE URL && ... && rm FILE'),")
                    + " or ADD --checksum=... in a stage that does not ship and COPY --from the result";
        } else {
            message = "ADD extracts the archive " + d.source() + " into its own layer and line "
                    + run.instruction().line()
                    + " deletes part of it: those files stay in the image; extract only what you need in a builder stage"
                    + " (or COPY the archive and extract and clean up in one RUN)";
        }
        out.report(sourceSpan(d.add(), d.source()), message);
    }

    static boolean isArchive(String src) {
        String l = src.toLowerCase(Locale.ROOT);
        int q = l.indexOf('?');
        if (q > 0) l = l.substring(0, q);
        for (String ext : ARCHIVES) if (l.endsWith(ext)) return true;
        return false;
    }

    private static Span sourceSpan(Instruction ins, String source) {
        return Layers.sourceSpan(ins, source);
    }
}
