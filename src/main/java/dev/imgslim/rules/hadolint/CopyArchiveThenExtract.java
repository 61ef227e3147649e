package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.FolderNames;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.rules.size.Lineage;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A local tar archive COPYed into a shipping stage and unpacked by a later RUN ({@code tar -x}) of that
 * stage or a stage built FROM it: the archive stays in the COPY's layer under what was unpacked from it.
 * {@code ADD archive.tar.gz /dest/} unpacks it in one layer and stores only the files.
 *
 * <p>Deliberately not flagged: formats ADD does not unpack (zip, zstd, 7z); a {@code tar} that needs
 * what ADD cannot do ({@code --strip-components}, {@code --exclude}, {@code --wildcards}, member
 * names, {@code -O} to stdout, {@code --transform}); COPY {@code --from} (ADD has no such source);
 * sources given by variables or globs; stages that do not ship (the archive never reaches the image).
 * The tar's file is matched by its base name, so a different archive of the same name elsewhere could
 * be taken for it: rare enough in practice.
 */
public final class CopyArchiveThenExtract extends FileRule {
    /** What ADD unpacks: tar, uncompressed or gzip, bzip2 or xz compressed (Docker's ADD reference). */
    private static final List<String> ADD_EXTRACTS =
            List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz");

    /** tar options that ADD cannot reproduce: with them, ADD is no replacement. */
    private static final List<String> BEYOND_ADD = List.of(
            "--strip-components",
            "--strip",
            "--exclude",
            "--wildcards",
            "--transform",
            "--xform",
            "--to-stdout",
            "-O",
            "--no-same-owner",
            "--one-top-level");

    private record Archive(Copy copy, Word source, String name) {}

    /** The RUN that unpacks an archive, and where it stands in the file (stage, then instruction). */
    private record Unpacked(Archive archive, Instruction run, int stage, int position) {
        boolean before(Unpacked other) {
            return stage != other.stage ? stage < other.stage : position < other.position;
        }
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        // Each shipping stage's instructions are read once, with the archives COPYed before them in the
        // stage and the stages it is built FROM (a depth-first walk that rolls the archives back between
        // sibling stages): walking every shipping stage's whole lineage would cost n² on a chain of n stages.
        // Each archive is reported once, at the first RUN in file order that unpacks it.
        Map<Word, Unpacked> first = new LinkedHashMap<>();
        CopiedArchives copied = new CopiedArchives();
        Lineage.walkShipping(ctx, new Lineage.TreeVisitor() {
            @Override
            public int enter(Stage stage) {
                return copied.mark();
            }

            @Override
            public void visit(Stage stage, Instruction ins, String cwd, Variables vars) {
                if (ins instanceof Copy copy && copy.from().isEmpty()) {
                    for (Word src : copy.sources()) {
                        String name = archiveName(src.text());
                        if (name != null) copied.put(name, new Archive(copy, src, name));
                    }
                } else if (ins.is("RUN") && !copied.isEmpty()) {
                    RunView run = ctx.run(ins);
                    if (!run.isShell()) return;
                    for (ShellCommand c : run.commands()) {
                        Archive a = extracted(c, copied.byName);
                        if (a == null) continue;
                        Unpacked u = new Unpacked(a, ins, stage.index(), stage.indexOf(ins));
                        first.merge(a.source(), u, (was, now) -> now.before(was) ? now : was);
                    }
                }
            }

            @Override
            public void leave(Stage stage, int mark) {
                copied.rollback(mark);
            }
        });
        for (Unpacked u : first.values()) report(ctx, u.archive(), u.run(), out);
    }

    /** The archives COPYed so far along the walk, by base name, with an undo log to leave a stage. */
    private static final class CopiedArchives {
        final Map<String, Archive> byName = new HashMap<>();
        private final List<Map.Entry<String, Archive>> undo = new ArrayList<>();

        void put(String name, Archive archive) {
            undo.add(new AbstractMap.SimpleEntry<>(name, byName.put(name, archive)));
        }

        boolean isEmpty() {
            return byName.isEmpty();
        }

        int mark() {
            return undo.size();
        }

        void rollback(int mark) {
            while (undo.size() > mark) {
                Map.Entry<String, Archive> e = undo.remove(undo.size() - 1);
                if (e.getValue() == null) byName.remove(e.getKey());
                else byName.put(e.getKey(), e.getValue());
            }
        }
    }

    /** The archive's base name when ADD would unpack it; null for other files, variables and globs. */
    private static String archiveName(String src) {
        if (src.contains("$") || src.contains("*") || src.contains("?") || src.contains("[")) return null;
        if (src.startsWith("http://") || src.startsWith("https://") || src.startsWith("git@")) return null;
        String lower = src.toLowerCase(Locale.ROOT);
        for (String ext : ADD_EXTRACTS) {
            if (lower.endsWith(ext)) return src.substring(src.lastIndexOf('/') + 1);
        }
        return null;
    }

    /** The COPYed archive this command unpacks as ADD would, or null. */
    private static Archive extracted(ShellCommand c, Map<String, Archive> copied) {
        if (!c.is("tar") || c.pipeline()) return null;
        List<String> args = c.args();
        if (args.isEmpty()) return null;
        boolean extract = c.hasFlag("-x", "--extract", "--get")
                || (!args.get(0).startsWith("-") && args.get(0).matches("[A-Za-z]*x[A-Za-z]*"));
        if (!extract) return null;
        for (String a : args) {
            for (String b : BEYOND_ADD) if (a.equals(b) || a.startsWith(b + "=")) return null;
        }
        Archive found = null;
        int operands = 0;
        boolean optionValueNext = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = a.startsWith("--file=") ? a.substring("--file=".length()) : a;
            String base = value.substring(value.lastIndexOf('/') + 1);
            Archive hit = copied.get(base);
            if (hit != null) {
                found = hit;
                continue;
            }
            if (optionValueNext) {
                optionValueNext = false;
                continue;
            }
            // -C dir, --directory dir, -f x take a value; a first bare cluster (xzf) is the mode
            if (a.equals("-C") || a.equals("--directory") || a.equals("-f") || a.equals("--file")) {
                optionValueNext = true;
                continue;
            }
            if (a.startsWith("-") || i == 0) continue;
            operands++;
        }
        // member names after the archive: ADD unpacks everything
        return operands > 0 ? null : found;
    }

    private static void report(LintContext ctx, Archive a, Instruction run, FindingSink out) {
        String message = "'" + a.name() + "' is COPYed here and unpacked by 'tar' at line " + run.line()
                + ": the archive stays in this layer under the files unpacked from it; 'ADD "
                + a.source().text()
                + " <dir>/' unpacks it in one layer (and the RUN's tar goes)";
        SizeSaving saving = contextBytes(ctx, a.source().text())
                .map(b -> new SizeSaving(b, false, "measured", "size of the archive in the build context"))
                .orElse(null);
        out.report(a.source().span(), message, saving, List.of());
    }

    /** The archive's size when it is in the build context. */
    private static java.util.Optional<Long> contextBytes(LintContext ctx, String src) {
        Path p = FolderNames.inContext(ctx, src);
        if (p == null || !Files.isRegularFile(p)) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(Files.size(p));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
