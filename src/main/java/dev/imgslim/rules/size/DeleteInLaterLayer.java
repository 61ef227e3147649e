package dev.imgslim.rules.size;

import dev.imgslim.build.Variables;
import dev.imgslim.fix.edits.RemovalEdits;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A RUN removes paths that an earlier layer of the same stage (or of its FROM-stage ancestors) added:
 * a COPY/ADD destination, or a well-known RUN output (a {@code curl -o}/{@code wget} download, a
 * {@code tar -x -C} or {@code unzip -d} folder, a {@code git clone} checkout, apt lists, apk/yum/dnf,
 * pip or npm caches). The layer that added them keeps every byte; the rm only adds a whiteout.
 *
 * <p>Deliberately not flagged: removals in the same RUN (the right way), builder stages that do not
 * ship, paths under a cache or tmpfs mount, small text files (manifests, scripts, keys: a few bytes),
 * paths written through variables we cannot resolve, relative paths before any WORKDIR (the base
 * image's WORKDIR is unknown), files a RUN wrote by redirection ({@code > file}), and removals inside
 * a COPYed folder unless the build context shows the removed path was in it. {@code ONBUILD RUN} is
 * not checked: it runs in downstream builds.
 */
public final class DeleteInLaterLayer extends FileRule {
    /**
     * Whole file, not per stage: what a stage's layers added flows into the stages built FROM it, so the
     * rule walks the FROM-stage tree once ({@link Lineage#walkShipping}) with one index of additions,
     * instead of re-walking every shipping stage's ancestry.
     */
    @Override
    public void check(LintContext ctx, FindingSink out) {
        AdditionIndex added = new AdditionIndex();
        Lineage.walkShipping(ctx, added, new Walk(ctx, added, out));
    }

    /** Adds what each COPY/ADD and RUN adds to the index, after checking the RUN's removals against it. */
    private record Walk(LintContext ctx, AdditionIndex added, FindingSink out) implements Lineage.InstructionVisitor {
        @Override
        public void visit(Instruction ins, String cwd, Variables vars) {
            if (ins.is("COPY") || ins.is("ADD")) {
                added.addAll(Additions.ofCopy(ctx, ins, cwd, vars));
            } else if (ins.is("RUN")) {
                RunView run = ctx.run(ins);
                if (!run.isShell()) return;
                removals(ctx, run, cwd, vars, added, out);
                added.addAll(Additions.ofRun(run, cwd, vars));
            }
        }
    }

    private static void removals(
            LintContext ctx, RunView run, String cwd, Variables vars, AdditionIndex added, FindingSink out) {
        for (Layers.Located l : Layers.located(run, cwd, vars)) {
            ShellCommand c = l.command();
            if (!c.is("rm")) continue;
            Set<Additions.Added> hits = new LinkedHashSet<>();
            Set<String> removedNames = new LinkedHashSet<>();
            for (String arg : c.nonOptions()) {
                String r = Layers.operand(arg, l.here(), vars);
                if (r == null || run.hasCacheMount(r)) continue;
                boolean any = false;
                for (Additions.Added a : added.covered(ctx, r)) any |= hits.add(a);
                if (any) removedNames.add(arg);
            }
            List<Additions.Added> taken = new ArrayList<>(hits);
            added.removeAll(taken);
            List<Instruction> creators = new ArrayList<>(taken.size());
            for (Additions.Added a : taken) creators.add(a.by());
            for (int i = taken.size() - 1; i >= 0; i--) if (taken.get(i).small()) taken.remove(i);
            if (taken.isEmpty()) continue;
            List<Fix> fixes = RemovalEdits.intoCreator(
                    ctx, run, c, creators, removedNames.size() == c.nonOptions().size());
            report(run, c, taken, removedNames, out, fixes);
        }
    }

    private static void report(
            RunView run,
            ShellCommand rm,
            List<Additions.Added> hits,
            Set<String> names,
            FindingSink out,
            List<Fix> fixes) {
        Additions.Added first = hits.get(0);
        StringBuilder where = new StringBuilder();
        for (Additions.Added a : hits) {
            if (where.length() > 0) where.append(", ");
            where.append(a.what()).append(" at line ").append(a.by().line());
            if (where.length() > 120) {
                where.append(", ...");
                break;
            }
        }
        long bytes = 0;
        boolean known = true;
        for (Additions.Added a : hits) {
            if (a.bytes() < 0) known = false;
            else bytes += a.bytes();
        }
        String message = "'rm " + String.join(" ", names) + "' deletes what an earlier layer added (" + where
                + "): the bytes stay in that layer and are still pulled; delete in the same RUN that creates them,"
                + " never add them (.dockerignore, a narrower COPY), or build in a stage that does not ship";
        SizeSaving saving = known && bytes > 0
                ? new SizeSaving(
                        bytes,
                        false,
                        "measured",
                        "size in the build context of what " + first.by().command() + " added")
                : null;
        out.report(run.span(rm), message, saving, fixes);
    }
}
