package dev.imgslim.rules.size;

import dev.imgslim.build.ImageReference;
import dev.imgslim.build.Stage;
import dev.imgslim.fix.edits.AptEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * {@code apt-get update} downloads package lists that stay in the layer unless the same RUN removes
 * them (removing them in a later RUN saves nothing) or a cache/tmpfs mount keeps them out of it.
 *
 * <p>Deliberately not flagged: stages that do not ship (builder stages), and RUNs that only install:
 * they create no lists, and the lists an earlier RUN left are in that earlier layer, where removing
 * them now would not help. {@code apt-get dist-clean} (apt 2.7+) counts as removing the lists. A
 * second {@code apt-get update} in the same stage is reported without a figure: the lists are counted
 * once per stage.
 */
public final class AptListsNotRemoved extends ShippedRunRule {
    static final String LISTS = "/var/lib/apt/lists";
    /** Facts §1: lists left by apt-get update, one build on debian:bookworm with the official image's apt config. */
    static final long MEASURED_BOOKWORM = 18_991_308L;

    /** Per file: the line of each stage's first finding (the lists are one set of files per stage). */
    private static final class Counted {
        final IdentityHashMap<Stage, Integer> firstLine = new IdentityHashMap<>();
    }

    @Override
    void check(Node<Run> node, RunView run, FindingSink out) {
        ShellCommand update = firstUpdate(run).orElse(null);
        if (update == null) return;
        if (run.removes(LISTS) || run.hasCacheMount(LISTS) || distCleans(run)) return;
        LintContext ctx = node.context();
        String command = update.name() + " " + update.subcommand();
        var span = run.span(update);
        List<Fix> fixes = AptEdits.removeLists(ctx, node.stage(), run);
        // A second update rewrites little, so only the first finding of a stage carries the figure.
        Counted counted = ctx.sharedOrNull(Counted.class);
        if (counted == null) counted = ctx.share(Counted.class, new Counted());
        Integer first =
                counted.firstLine.putIfAbsent(node.stage(), run.instruction().line());
        String message = "'" + command + "' leaves the apt package lists in this layer; add"
                + " 'rm -rf /var/lib/apt/lists/*' to the same RUN (or use a cache mount)";
        if (first != null) message += "; the lists' size is counted once per stage, at line " + first;
        out.report(span, message, first == null ? saving(node.stage()) : null, fixes);
    }

    /**
     * The measured figure, named for the base it was measured on: "measured" only on debian:bookworm
     * itself, an estimate on other Debian tags, and "at least" elsewhere (Ubuntu, CUDA and other bases
     * list more suites and components).
     */
    static SizeSaving saving(Stage stage) {
        Stage root = stage;
        while (root.parent() != null) root = root.parent();
        ImageReference base = root.baseImage();
        String repo = base == null ? "" : base.path();
        String tag = base == null ? "" : base.tagOrLatest();
        String measured =
                "apt lists left by apt-get update on debian:bookworm (official apt config), one build, 2026-11";
        if (repo.equals("library/debian") && tag.equals("bookworm"))
            return new SizeSaving(MEASURED_BOOKWORM, false, "measured", measured);
        if (repo.equals("library/debian")) {
            return new SizeSaving(MEASURED_BOOKWORM, false, "estimate", measured + "; applied to debian:" + tag);
        }
        return new SizeSaving(
                MEASURED_BOOKWORM,
                false,
                "estimate",
                "at least: " + measured
                        + "; not measured on this stage's base (" + (base == null ? "unknown" : base.familiarName())
                        + "): Ubuntu and CUDA bases list more suites, so more is left");
    }

    /** {@code apt-get dist-clean} (apt 2.7+, Debian trixie) removes the package lists too. */
    static boolean distCleans(RunView run) {
        for (ShellCommand c : run.commands()) {
            if ((c.is("apt-get") || c.is("apt")) && "dist-clean".equals(c.subcommand())) return true;
        }
        return false;
    }

    static Optional<ShellCommand> firstUpdate(RunView run) {
        for (ShellCommand c : run.commands()) {
            if ((c.is("apt-get") || c.is("apt")) && "update".equals(c.subcommand())) return Optional.of(c);
        }
        return Optional.empty();
    }
}
