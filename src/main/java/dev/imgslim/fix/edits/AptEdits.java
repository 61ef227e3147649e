package dev.imgslim.fix.edits;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.syntax.Instruction;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The safe fix for apt lists left in a layer: {@code && rm -rf /var/lib/apt/lists/*} at the end of the RUN
 * that updates, only when nothing later needs the lists. A lone {@code RUN apt-get update} followed by
 * {@code RUN apt-get install git} must keep them, or the install finds no package ("Unable to locate
 * package"): no fix then (apt-update-separate's fix folds the update into the install first, and the
 * lists are removed there on the next pass).
 */
public final class AptEdits {
    /** apt verbs that read no package list: everything else (install, upgrade, build-dep, source...) does. */
    private static final Set<String> NO_LISTS = Set.of(
            "update",
            "clean",
            "autoclean",
            "distclean",
            "dist-clean",
            "remove",
            "purge",
            "autoremove",
            "autopurge",
            "check",
            "mark",
            "showhold",
            "list",
            "policy",
            "moo");

    private AptEdits() {}

    public static List<Fix> removeLists(LintContext ctx, Stage stage, RunView run) {
        if (laterRunNeedsLists(ctx, stage, run.instruction())) return List.of();
        return RunEdits.append(ctx.file(), run, "rm -rf /var/lib/apt/lists/*", "remove apt lists in the same layer");
    }

    /**
     * True when a RUN after {@code ins} in its stage, or any RUN of a stage built FROM it, runs an apt
     * command that reads the lists without an update of its own before it. Answered from one pass over the
     * file ({@link ListReaders}): asking each finding to rescan the RUNs after it cost n² on a file of n RUNs.
     */
    private static boolean laterRunNeedsLists(LintContext ctx, Stage stage, Instruction ins) {
        ListReaders readers = ctx.sharedOrNull(ListReaders.class);
        if (readers == null) readers = ctx.share(ListReaders.class, new ListReaders(ctx));
        return readers.lastReader(stage) > stage.indexOf(ins) || readers.childrenRead(stage);
    }

    /** Per stage: the last RUN that reads the apt lists, and whether any stage built FROM it reads them. */
    private static final class ListReaders {
        private final Map<Stage, Integer> last = new IdentityHashMap<>();
        private final Map<Stage, Boolean> subtree = new IdentityHashMap<>();

        ListReaders(LintContext ctx) {
            List<Stage> stages = ctx.model().stages();
            // A stage is built FROM an earlier one: walking backwards sees every child before its parent.
            for (int s = stages.size() - 1; s >= 0; s--) {
                Stage stage = stages.get(s);
                int lastReader = -1;
                List<Instruction> body = stage.instructions();
                for (int i = 0; i < body.size(); i++) if (readsLists(ctx, body.get(i))) lastReader = i;
                boolean reads = lastReader >= 0;
                for (Stage child : stage.children()) reads |= subtree.getOrDefault(child, false);
                last.put(stage, lastReader);
                subtree.put(stage, reads);
            }
        }

        int lastReader(Stage stage) {
            return last.getOrDefault(stage, -1);
        }

        boolean childrenRead(Stage stage) {
            for (Stage child : stage.children()) if (subtree.getOrDefault(child, false)) return true;
            return false;
        }
    }

    /** True when {@code i} is a RUN with an apt command that reads the lists before an update of its own. */
    private static boolean readsLists(LintContext ctx, Instruction i) {
        if (i.subInstruction() != null || !i.is("RUN")) return false; // ONBUILD runs in other builds
        boolean updated = false;
        for (PackageOperation op : ctx.run(i).packageOperations()) {
            if (op.manager() != PackageManager.APT_GET && op.manager() != PackageManager.APT) continue;
            if (op.is("update")) updated = true;
            else if (!updated && (op.verb() == null || !NO_LISTS.contains(op.verb()))) return true;
        }
        return false;
    }
}
