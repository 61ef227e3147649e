package dev.imgslim.fix.edits;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The safe fix for {@code COPY app /opt/app} followed by {@code RUN chown -R u:g /opt/app}: the owner goes
 * into the COPY ({@code COPY --chown=u:g app /opt/app}) and the RUN goes, so the copied files are stored
 * once. Offered only where the two give the same files with the same owners, as far as the Dockerfile can
 * prove it; otherwise there is no fix (a missed fix costs less than a wrong one):
 *
 * <ul>
 *   <li>the RUN comes right after the COPY and runs nothing but {@code chown -R user:group TARGET}, plainly
 *       written (no other option, no quoting or variables); a bare {@code user} is refused, since
 *       {@code --chown=user} sets the group to the user's id while {@code chown user} keeps it;
 *   <li>TARGET is exactly the COPY's destination, an absolute literal path;
 *   <li>the COPY creates the destination: {@code chown -R} changes the destination folder itself and
 *       anything already in it, {@code --chown} only what the COPY creates. So nothing earlier in the stage
 *       (or the stages it is built FROM) names the destination or a path under it (a WORKDIR, a COPY or ADD
 *       into it, a RUN that mentions it), and it is not a folder base images ship ({@code /etc},
 *       {@code /usr}, {@code /var}, {@code /home/user}...);
 *   <li>its parent exists before the COPY ({@code /}, {@code /opt}, {@code /srv}, {@code /usr/local}, or an
 *       earlier WORKDIR): a COPY creates missing parents with the {@code --chown} owner, which
 *       {@code chown -R} of the destination would not touch; a WORKDIR we cannot place refuses the fix;
 *   <li>no VOLUME (the classic builder discards what a RUN changes under one) and no non-root USER earlier
 *       (chown would fail there).
 * </ul>
 */
public final class CopyEdits {
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*:[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_.@+/-]*");
    /** Folders a base image ships with content or owners of its own: the destination must not be in them. */
    private static final List<String> SYSTEM = List.of(
            "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt", "/proc", "/root",
            "/run", "/sbin", "/sys", "/tmp", "/usr", "/var");
    /** Parents every Linux base has, empty or nearly so. */
    private static final Set<String> KNOWN_PARENTS = Set.of("/", "/opt", "/srv", "/usr/local");
    /** Under /usr/local: a new folder is fine, these exist (and hold the base's files). */
    private static final Set<String> USR_LOCAL =
            Set.of("bin", "etc", "games", "include", "lib", "lib64", "libexec", "man", "sbin", "share", "src");

    private CopyEdits() {}

    /**
     * Moves a {@code chown -R} of what a COPY just added into that COPY's {@code --chown}.
     *
     * @param copy the COPY that added the files the chown rewrites
     * @return the safe fix, or nothing when the two are not provably the same
     */
    @SuppressWarnings("ReferenceEquality") // the same parsed command object, not an equal one, is meant
    public static List<Fix> chownIntoCopy(LintContext ctx, RunView run, ShellCommand chown, Instruction copy) {
        Instruction ins = run.instruction();
        if (!copy.is("COPY")
                || copy.flag("chown") != null
                || !copy.heredocs().isEmpty()
                || copy.args().size() < 2) return List.of();
        Optional<Stage> stage = stageOf(ctx, ins);
        if (stage.isEmpty() || stage.get().isWindows()) return List.of();
        List<Instruction> all = stage.get().instructions();
        int k = all.indexOf(ins);
        if (k < 1 || all.get(k - 1) != copy) return List.of();
        if (!ins.flags().isEmpty()
                || ins.isJson()
                || !ins.heredocs().isEmpty()
                || run.commands().size() != 1
                || !run.separators().isEmpty()
                || run.commands().get(0) != chown
                || !chown.is("chown")
                || !chown.name().equals("chown")
                || chown.nested()
                || chown.pipeline()
                || !chown.wrappers().isEmpty()) return List.of();
        List<ShellCommand.Word> words = chown.argWords();
        if (words.size() != 3) return List.of();
        for (ShellCommand.Word w : words) if (!w.raw().equals(w.value())) return List.of();
        String owner = words.get(1).value();
        if (!words.get(0).value().equals("-R") || !OWNER.matcher(owner).matches()) return List.of();
        // The RUN holds the chown and nothing else: no redirection, comment or second command.
        String body = ins.rest().strip();
        String chownText = ctx.file()
                .source()
                .text()
                .substring(run.span(chown).startOffset(), run.span(chown).endOffset());
        if (!body.equals(chownText)) return List.of();
        Optional<String> target = normal(words.get(2).value());
        Optional<String> dest = normal(copy.args().get(copy.args().size() - 1));
        if (target.isEmpty() || dest.isEmpty() || !target.get().equals(dest.get())) return List.of();
        if (!createdByTheCopy(stage.get(), copy, dest.get())) return List.of();

        SourceText src = ctx.file().source();
        int from = src.lineStart(ins.span().startLine());
        int to = ins.span().endLine() < src.lineCount()
                ? src.lineStart(ins.span().endLine() + 1)
                : src.text().length();
        int at = copy.keywordSpan().endOffset();
        return List.of(Fix.safe(
                "set --chown=" + owner + " in the COPY and drop the RUN chown (same owner, files stored once)",
                TextEdit.insert(at, " --chown=" + owner),
                new TextEdit(from, to, "")));
    }

    /** True when the destination provably does not exist before the COPY while its parent does. */
    private static boolean createdByTheCopy(Stage stage, Instruction copy, String dest) {
        if (dest.equals("/") || inSystemFolder(dest) || KNOWN_PARENTS.contains(dest)) return false;
        String parent = dest.substring(0, Math.max(1, dest.lastIndexOf('/')));
        boolean parentExists = KNOWN_PARENTS.contains(parent);
        boolean named = false; // an ENV or ARG holds the destination
        for (Stage s : lineage(stage)) {
            for (Instruction ins : s.instructions()) {
                if (ins == copy) return parentExists;
                if (ins.is("VOLUME") || ins.is("ONBUILD")) return false;
                if (ins.is("USER")
                        && !ins.args().isEmpty()
                        && !Set.of("root", "0", "0:0", "root:root")
                                .contains(ins.args().get(0))) return false;
                if (ins.is("WORKDIR")) {
                    Optional<String> w = ins.args().isEmpty()
                            ? Optional.empty()
                            : normal(ins.args().get(0));
                    if (w.isEmpty()) return false; // relative or through a variable: where it is, we cannot say
                    if (related(w.get(), dest) && !isAncestor(w.get(), dest)) return false;
                    if (w.get().equals(parent)) parentExists = true;
                    continue;
                }
                if ((ins.is("COPY") || ins.is("ADD")) && !ins.args().isEmpty()) {
                    // Any earlier copy into the destination, below it, or into a folder above it (which may
                    // create it), and any copy whose destination we cannot read, may have made it.
                    Optional<String> d = normal(ins.args().get(ins.args().size() - 1));
                    if (d.isEmpty() || related(d.get(), dest)) return false;
                    continue;
                }
                if (ins.is("ENV") || ins.is("ARG")) {
                    named |= ins.original().contains(dest);
                    continue;
                }
                // A RUN that names the destination, or may through a variable that holds it, may create it.
                if (ins.is("RUN")
                        && (ins.original().contains(dest)
                                || (named && ins.original().contains("$")))) return false;
            }
        }
        return false;
    }

    /** The stage and the stages it is built FROM, the first ancestor first. */
    private static List<Stage> lineage(Stage stage) {
        List<Stage> out = new ArrayList<>();
        for (Stage s = stage; s != null; s = s.parent()) out.add(0, s);
        return out;
    }

    private static Optional<Stage> stageOf(LintContext ctx, Instruction ins) {
        return Optional.ofNullable(ctx.model().stageOf(ins)); // a binary search, not a scan of every stage
    }

    private static boolean inSystemFolder(String path) {
        if (path.startsWith("/usr/local/")) {
            String first = path.substring("/usr/local/".length()).split("/")[0];
            return USR_LOCAL.contains(first);
        }
        if (path.startsWith("/home/") && path.indexOf('/', "/home/".length()) < 0) return true; // a user's home
        for (String s : SYSTEM) if (path.equals(s) || path.startsWith(s + "/")) return true;
        return path.equals("/home");
    }

    /** One path is the other or lies below it. */
    private static boolean related(String a, String b) {
        return a.equals(b) || isAncestor(a, b) || isAncestor(b, a);
    }

    private static boolean isAncestor(String dir, String path) {
        return dir.equals("/") ? !path.equals("/") : path.startsWith(dir + "/");
    }

    /** An absolute literal path without {@code .}/{@code ..} steps, trailing and doubled slashes taken off. */
    static Optional<String> normal(String word) {
        if (!PATH.matcher(word).matches()) return Optional.empty();
        String p = word.replaceAll("/+", "/");
        for (String part : p.split("/")) if (part.equals(".") || part.equals("..")) return Optional.empty();
        if (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return Optional.of(p);
    }
}
