package dev.imgslim.rules.size;

import dev.imgslim.fix.edits.RunEdits;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.RunView;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.ShellCommand;

import java.util.List;

/**
 * {@code apt-get update} downloads package lists that stay in the layer unless the same RUN removes
 * them (removing them in a later RUN saves nothing) or a cache/tmpfs mount keeps them out of it.
 *
 * <p>Deliberately not flagged: stages that do not ship (builder stages), and RUNs that only install:
 * they create no lists, and the lists an earlier RUN left are in that earlier layer, where removing
 * them now would not help. {@code apt-get dist-clean} (apt 2.7+) counts as removing the lists.
 */
public final class AptListsNotRemoved implements Rule {
    public static final RuleMeta META = new RuleMeta("IS302", "apt-lists-not-removed", Severity.WARNING, Category.SIZE,
            "apt package lists stay in the layer; remove /var/lib/apt/lists/* in the same RUN")
            .withAliases("DL3009")
            .withFix(Fix.Safety.SAFE);

    static final String LISTS = "/var/lib/apt/lists";
    /** Measured: lists left by apt-get update on a Debian bookworm base with the official image's apt config. */
    static final SizeSaving SAVING = new SizeSaving(18_991_308L, false, "estimate",
            "apt lists left by apt-get update on debian:bookworm, measured 2026-11 (122 MB on a base without docker-clean)");

    @Override
    public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (LintContext.StageRun sr : ctx.runs()) {
            if (!sr.stage().ships()) continue;
            RunView run = sr.run();
            if (!run.isShell()) continue;
            ShellCommand update = firstUpdate(run);
            if (update == null) continue;
            if (run.removes(LISTS) || run.hasCacheMount(LISTS) || distCleans(run)) continue;
            String command = update.name() + " " + update.subcommand();
            var span = run.span(update);
            List<Fix> fixes = RunEdits.append(ctx.file(), run, "rm -rf /var/lib/apt/lists/*", "remove apt lists in the same layer");
            out.report(META, span, "'" + command + "' leaves the apt package lists in this layer; add"
                    + " 'rm -rf /var/lib/apt/lists/*' to the same RUN (or use a cache mount)", SAVING, fixes);
        }
    }

    /** {@code apt-get dist-clean} (apt 2.7+, Debian trixie) removes the package lists too. */
    static boolean distCleans(RunView run) {
        for (ShellCommand c : run.commands()) {
            if ((c.is("apt-get") || c.is("apt")) && "dist-clean".equals(c.subcommand())) return true;
        }
        return false;
    }

    static ShellCommand firstUpdate(RunView run) {
        for (ShellCommand c : run.commands()) {
            if ((c.is("apt-get") || c.is("apt")) && "update".equals(c.subcommand())) return c;
        }
        return null;
    }
}
