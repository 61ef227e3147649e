package dev.imgslim.rules.size;

import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.config.Severity;
import dev.imgslim.fix.edits.RemovalEdits;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.script.ShellCommand;
import java.util.ArrayList;
import java.util.List;

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
public final class DeleteInLaterLayer implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS202",
                    "delete-in-later-layer",
                    Severity.WARNING,
                    Category.SIZE,
                    "a RUN removes files an earlier layer added; the bytes stay in the image")
            .withFix(Fix.Safety.UNSAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage stage : ctx.model().stages()) {
            if (!stage.ships()) continue;
            List<Additions.Added> added = new ArrayList<>();
            Additions.walk(stage, (s, ins, cwd, vars, own) -> {
                if (ins.is("COPY") || ins.is("ADD")) {
                    added.addAll(Additions.ofCopy(ctx, ins, cwd, vars));
                } else if (ins.is("RUN")) {
                    RunView run = ctx.run(ins);
                    if (!run.isShell()) return;
                    removals(ctx, run, cwd, vars, added, own ? out : null);
                    added.addAll(Additions.ofRun(run, cwd, vars));
                }
            });
        }
    }

    private static void removals(
            LintContext ctx, RunView run, String cwd, Variables vars, List<Additions.Added> added, FindingSink out) {
        Layers.walk(run, cwd, vars, (c, here) -> {
            if (!c.is("rm")) return;
            List<Additions.Added> hits = new ArrayList<>();
            List<String> removedNames = new ArrayList<>();
            for (String arg : c.nonOptions()) {
                String r = Layers.operand(arg, here, vars);
                if (r == null || run.hasCacheMount(r)) continue;
                for (Additions.Added a : added) {
                    if (hits.contains(a)) continue;
                    if (Layers.covers(r, a.path())
                            || (a.children()
                                    && Layers.inside(/* path= */ r, /* dir= */ a.path())
                                    && Additions.inCopiedFolder(ctx, a, r))) {
                        hits.add(a);
                        if (!removedNames.contains(arg)) removedNames.add(arg);
                    }
                }
            }
            added.removeAll(hits);
            List<Fix> fixes = out == null
                    ? List.of()
                    : RemovalEdits.intoCreator(
                            ctx,
                            run,
                            c,
                            hits.stream().map(Additions.Added::by).toList(),
                            removedNames.size() == c.nonOptions().size());
            hits.removeIf(Additions.Added::small);
            if (hits.isEmpty() || out == null) return;
            report(run, c, hits, removedNames, out, fixes);
        });
    }

    private static void report(
            RunView run,
            ShellCommand rm,
            List<Additions.Added> hits,
            List<String> names,
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
        out.report(META, run.span(rm), message, saving, fixes);
    }
}
