package dev.imgslim.rules.size;

import dev.imgslim.build.Stage;
import dev.imgslim.fix.edits.RunEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Reach;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive RUN instructions of a shipped stage that could be one layer: same flags (mounts,
 * network, security) and the same interpreter. Reported once per group, on its second RUN.
 *
 * <p>Deliberately not flagged: RUNs that already chain more than two commands (as hadolint does: their
 * author chose the layer boundary), RUNs separated by any other instruction (comments do not separate),
 * RUNs with different flags or mounts, heredoc RUNs whose interpreters differ (a {@code python3}
 * heredoc next to a shell RUN), exec-form RUNs (joining them changes how they run), builder stages,
 * and {@code ONBUILD RUN} (its layers belong to downstream images). The saving is layers, not bytes.
 */
public final class FragmentedRun extends StageRule implements Reach.ShippingOnly {
    /** RUNs chaining more commands than this are taken as deliberate layer boundaries. */
    static final int MAX_COMMANDS = 2;

    @Override
    public void visit(Stage stage, LintContext ctx, FindingSink out) {
        List<List<RunView>> groups = new ArrayList<>();
        List<RunView> current = new ArrayList<>();
        String currentKey = null;
        for (Instruction ins : stage.instructions()) {
            String key = ins.is("RUN") ? key(ctx.run(ins)) : null;
            if (key != null && key.equals(currentKey)) {
                current.add(ctx.run(ins));
                continue;
            }
            if (current.size() >= 2) groups.add(current);
            current = new ArrayList<>();
            currentKey = key;
            if (key != null) current.add(ctx.run(ins));
        }
        if (current.size() >= 2) groups.add(current);
        for (List<RunView> g : groups) report(ctx, g, out);
    }

    private static void report(LintContext ctx, List<RunView> group, FindingSink out) {
        Instruction first = group.get(0).instruction();
        Instruction second = group.get(1).instruction();
        int saved = group.size() - 1;
        String message = group.size() + " consecutive RUN instructions (from line " + first.line()
                + ") could be one RUN: "
                + saved + (saved == 1 ? " layer" : " layers") + " fewer, 0 bytes saved (~270 B compressed per layer);"
                + " joining them also means any change rebuilds the whole step, so keep slow, rarely changing steps apart";
        out.report(second.keywordSpan(), message, null, RunEdits.merge(ctx.file(), group));
    }

    /** What must be equal for two RUNs to join: flags (sorted) and interpreter; null when the RUN cannot join. */
    static String key(RunView run) {
        Instruction ins = run.instruction();
        if (ins.isJson()) return null;
        // Like hadolint: a RUN that already chains several commands was split off on purpose.
        if (run.commands().size() > MAX_COMMANDS) return null;
        List<String> flags = new ArrayList<>();
        for (Flag f : ins.flags()) flags.add(f.text());
        flags.sort(null);
        return String.join(" ", flags) + "|" + run.interpreter();
    }
}
