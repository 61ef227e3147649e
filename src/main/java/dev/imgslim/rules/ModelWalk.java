package dev.imgslim.rules;

import dev.imgslim.build.Stage;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One walk over a file's build model that hands each instruction to the {@link NodeRule}s that visit
 * its type and each stage to the {@link StageRule}s: global ARGs, then per stage its FROM, its
 * instructions, and (for rules that ask) the triggers of its ONBUILDs.
 */
final class ModelWalk {
    private record Visitor(NodeRule<?> rule, FindingSink out) {}

    private record StageVisitor(StageRule rule, FindingSink out) {}

    private final LintContext ctx;
    private final List<Visitor> visitors = new ArrayList<>();
    private final List<StageVisitor> stageVisitors = new ArrayList<>();
    /** Which visitors take each concrete instruction class, worked out once per class. */
    private final Map<Class<?>, List<Visitor>> byClass = new HashMap<>();
    /** The engine's per-run index of which rules visit a class, or null (a rule walking on its own). */
    private final VisitorIndex index;
    /** With an index: each added node rule's visitor at its position in the engine's rule list. */
    private final Visitor[] atPosition;

    ModelWalk(LintContext ctx) {
        this.ctx = ctx;
        this.index = null;
        this.atPosition = null;
    }

    ModelWalk(LintContext ctx, VisitorIndex index) {
        this.ctx = ctx;
        this.index = index;
        this.atPosition = new Visitor[index.size()];
    }

    ModelWalk add(NodeRule<?> rule, FindingSink out) {
        visitors.add(new Visitor(rule, out));
        return this;
    }

    /** Adds the node rule at {@code position} of the engine's rule list (a walk made with an index). */
    ModelWalk add(NodeRule<?> rule, FindingSink out, int position) {
        Visitor v = new Visitor(rule, out);
        visitors.add(v);
        atPosition[position] = v;
        return this;
    }

    ModelWalk add(StageRule rule, FindingSink out) {
        stageVisitors.add(new StageVisitor(rule, out));
        return this;
    }

    boolean isEmpty() {
        return visitors.isEmpty() && stageVisitors.isEmpty();
    }

    void walk() {
        for (Instruction arg : ctx.model().globalArgs()) visit(arg, null, null);
        for (Stage stage : ctx.model().stages()) {
            for (StageVisitor v : stageVisitors) {
                if (!v.rule().shippingOnly() || stage.ships()) v.rule().visit(stage, ctx, v.out());
            }
            if (visitors.isEmpty()) continue;
            visit(stage.from(), stage, null);
            for (Instruction ins : stage.instructions()) {
                visit(ins, stage, null);
                if (ins.subInstruction() != null) visit(ins.subInstruction(), stage, ins);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void visit(Instruction ins, Stage stage, Instruction onbuild) {
        // One node for all the rules that visit the instruction (a record: it cannot change under them), not
        // one per rule: that was the largest allocation site of a 10,000-file lint (4 %, 2026-12-06).
        Node<Instruction> node = null;
        for (Visitor v : visitorsOf(ins.getClass())) {
            NodeRule rule = v.rule();
            if (rule.shippingOnly() && (stage == null || !stage.ships())) continue;
            if (onbuild != null && !rule.onbuildTriggers()) continue;
            if (node == null) node = new Node<>(ins, ins, stage, onbuild, ctx);
            rule.visit(node, v.out());
        }
    }

    private List<Visitor> visitorsOf(Class<?> type) {
        List<Visitor> known = byClass.get(type);
        if (known != null) return known;
        List<Visitor> out;
        if (index != null) {
            // Rules were added in the engine's order, so the index's ascending positions keep that order.
            out = new ArrayList<>();
            for (int p : index.visiting(type)) if (atPosition[p] != null) out.add(atPosition[p]);
        } else {
            out = visitors.stream()
                    .filter(v -> v.rule().visits().isAssignableFrom(type))
                    .toList();
        }
        byClass.put(type, out);
        return out;
    }
}
