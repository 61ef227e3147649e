package dev.imgslim.rules.size;

import dev.imgslim.build.Variables;
import dev.imgslim.fix.edits.CopyEdits;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code RUN chown -R} / {@code chmod -R} over files an earlier COPY or ADD of the stage (or of its
 * FROM-stage ancestors) added: the RUN's layer stores every touched file again, so the copied bytes are
 * paid twice. {@code COPY --chown}/{@code --chmod} sets ownership and mode in the COPY's own layer.
 *
 * <p>Deliberately not flagged: non-recursive chown/chmod (one file, usually small), small text files
 * (scripts, manifests: a few bytes paid twice), paths no COPY/ADD
 * added (a folder a RUN created), paths we cannot resolve (variables, relative paths before any
 * WORKDIR), builder stages, and {@code ONBUILD RUN}.
 */
public final class ChownInSeparateLayer extends FileRule {
    /**
     * Whole file, not per stage: what a COPY added flows into the stages built FROM its stage, so the
     * rule walks the FROM-stage tree once ({@link Lineage#walkShipping}) with one index of the copies.
     */
    @Override
    public void check(LintContext ctx, FindingSink out) {
        AdditionIndex copied = new AdditionIndex();
        Lineage.walkShipping(ctx, copied, new Walk(ctx, copied, out));
    }

    /** Adds each COPY/ADD to the index and checks each RUN against it. */
    private record Walk(LintContext ctx, AdditionIndex copied, FindingSink out) implements Lineage.InstructionVisitor {
        @Override
        public void visit(Instruction ins, String cwd, Variables vars) {
            if (ins.is("COPY") || ins.is("ADD")) copied.addAll(Additions.ofCopy(ctx, ins, cwd, vars));
            else if (ins.is("RUN")) check(ctx, ins, cwd, vars, copied, out);
        }
    }

    private static void check(
            LintContext ctx, Instruction ins, String cwd, Variables vars, AdditionIndex copied, FindingSink out) {
        RunView run = ctx.run(ins);
        if (!run.isShell()) return;
        for (Layers.Located l : Layers.located(run, cwd, vars)) {
            ShellCommand c = l.command();
            if (!(c.is("chown") || c.is("chmod") || c.is("chgrp")) || !c.hasFlag("-R", "--recursive")) continue;
            List<String> ops = c.nonOptions();
            if (ops.size() < 2) continue;
            Set<Additions.Added> hits = new LinkedHashSet<>();
            for (String target : ops.subList(1, ops.size())) {
                String p = Layers.operand(target, l.here(), vars);
                if (p == null) continue;
                // Small text files (scripts, manifests) are paid twice too, but it is a few bytes.
                for (Additions.Added a : copied.covered(ctx, p)) if (!a.small()) hits.add(a);
            }
            if (!hits.isEmpty()) report(ctx, run, c, ops.get(0), new ArrayList<>(hits), out);
        }
    }

    private static void report(
            LintContext ctx, RunView run, ShellCommand c, String value, List<Additions.Added> hits, FindingSink out) {
        Instruction copy = hits.get(0).by();
        String flag = c.is("chmod") ? "--chmod" : "--chown";
        String suggested = c.is("chgrp") ? "<user>:" + value : value;
        Set<String> copies = new LinkedHashSet<>();
        for (Additions.Added a : hits) copies.add(a.by().command() + " at line " + a.by().line());
        String lines = String.join(", ", copies);
        long bytes = 0;
        boolean known = true;
        for (Additions.Added a : hits) {
            if (a.bytes() < 0) known = false;
            else bytes += a.bytes();
        }
        String message = "'" + c.name() + " -R' in a later layer rewrites files that " + lines
                + " added: every file is stored twice; set it in the copy instead ("
                + copy.command() + " " + flag + "=" + suggested + " ...)";
        SizeSaving saving = known && bytes > 0
                ? new SizeSaving(
                        bytes, false, "measured", "size in the build context of the copied files, stored twice")
                : null;
        List<Fix> fixes = new ArrayList<>(CopyEdits.chownIntoCopy(ctx, run, c, copy));
        boolean symbolicMode = c.is("chmod") && !value.matches("[0-7]{3,4}");
        if (copy.flag(flag.substring(2)) == null && !symbolicMode && !c.is("chgrp")) {
            int at = copy.keywordSpan().endOffset();
            fixes.add(Fix.suggestion(
                    "set " + flag.substring(2) + " in the " + copy.command() + " (then drop the " + c.name() + ")",
                    TextEdit.insert(at, " " + flag + "=" + suggested)));
        }
        out.report(run.span(c), message, saving, fixes);
    }
}
