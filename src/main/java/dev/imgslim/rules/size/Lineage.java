package dev.imgslim.rules.size;

import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * What a stage inherits from the stages it is built FROM, worked out once per file so that no rule
 * walks a stage's whole ancestry again for every stage (a chain of n {@code FROM <previous>} stages
 * would cost n² instruction visits): the working directory before each instruction, and a depth-first
 * walk of the shipping stages along their FROM edges for rules that carry state down the chain.
 */
public final class Lineage {
    /** Per stage: the working directory before each instruction, and at its end (last element). */
    private final IdentityHashMap<Stage, String[]> workdirs = new IdentityHashMap<>();

    /** Works out every stage's working directories in file order, so a stage's FROM stage is always known first. */
    private Lineage(List<Stage> stages) {
        for (Stage s : stages) workdirs(s);
    }

    static Lineage of(LintContext ctx) {
        Lineage known = ctx.sharedOrNull(Lineage.class);
        return known != null
                ? known
                : ctx.share(Lineage.class, new Lineage(ctx.model().stages()));
    }

    /**
     * The working directory before {@code ins} (a WORKDIR of the stage or of the stages it is built
     * FROM; {@code /} for a chain that starts FROM scratch; null when only the base image knows it).
     */
    String cwdBefore(Stage stage, Instruction ins) {
        String[] dirs = workdirs(stage);
        int i = stage.indexOf(ins);
        return dirs[i < 0 ? dirs.length - 1 : i];
    }

    /**
     * Per instruction of {@code stage}, the working directory before it, and at its end. A stage is built
     * FROM an earlier one, so walking the file's stages in order never recurses more than one level.
     */
    private String[] workdirs(Stage stage) {
        String[] dirs = workdirs.get(stage);
        if (dirs != null) return dirs;
        Stage parent = stage.parent();
        String cwd = parent != null ? end(workdirs(parent)) : stage.isScratch() ? "/" : null;
        List<Instruction> body = stage.instructions();
        dirs = new String[body.size() + 1];
        for (int i = 0; i < body.size(); i++) {
            dirs[i] = cwd;
            Instruction ins = body.get(i);
            if (ins.is("WORKDIR")) cwd = Additions.workdir(cwd, ins, stage.variablesBefore(i));
        }
        dirs[body.size()] = cwd;
        workdirs.put(stage, dirs);
        return dirs;
    }

    private static String end(String[] dirs) {
        return dirs[dirs.length - 1];
    }

    /** A rule that carries state down FROM-stage chains; see {@link #walkShipping}. */
    public interface TreeVisitor {
        /** Called before a stage's instructions; returns a mark of the visitor's state to go back to. */
        int enter(Stage stage);

        /** One instruction of the stage, with the working directory and variables before it. */
        void visit(Stage stage, Instruction ins, String cwd, Variables vars);

        /** Called after the stage and every stage built FROM it: restore the state {@code mark} names. */
        void leave(Stage stage, int mark);
    }

    /**
     * Visits every shipping stage's instructions depth-first along FROM edges: a stage's instructions
     * are visited once, after those of the stages it is built FROM and with the state they left, which
     * is what walking each shipping stage's whole lineage gave, at the cost of one visit per instruction.
     */
    public static void walkShipping(LintContext ctx, TreeVisitor visitor) {
        Lineage lineage = of(ctx);
        Deque<Frame> stack = new ArrayDeque<>();
        for (Stage root : ctx.model().stages()) {
            if (root.parent() != null || !root.ships()) continue;
            stack.push(lineage.enter(visitor, root));
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                if (top.children().isEmpty()) {
                    stack.pop();
                    visitor.leave(top.stage(), top.mark());
                } else {
                    stack.push(lineage.enter(visitor, top.children().poll()));
                }
            }
        }
    }

    /** One instruction of a shipping stage, with the working directory and variables before it. */
    interface InstructionVisitor {
        void visit(Instruction ins, String cwd, Variables vars);
    }

    /**
     * {@link #walkShipping} for rules whose state is an {@link AdditionIndex}: a stage's additions are
     * rolled back before its siblings are visited.
     */
    static void walkShipping(LintContext ctx, AdditionIndex index, InstructionVisitor visitor) {
        walkShipping(ctx, new TreeVisitor() {
            @Override
            public int enter(Stage stage) {
                return index.mark();
            }

            @Override
            public void visit(Stage stage, Instruction ins, String cwd, Variables vars) {
                visitor.visit(ins, cwd, vars);
            }

            @Override
            public void leave(Stage stage, int mark) {
                index.rollback(mark);
            }
        });
    }

    /** A stage being walked: the visitor's mark before it, and its shipping children still to visit. */
    private record Frame(Stage stage, int mark, Deque<Stage> children) {}

    private Frame enter(TreeVisitor visitor, Stage stage) {
        int mark = visitor.enter(stage);
        String[] dirs = workdirs(stage);
        List<Instruction> body = stage.instructions();
        for (int i = 0; i < body.size(); i++) visitor.visit(stage, body.get(i), dirs[i], stage.variablesBefore(i));
        Deque<Stage> children = new ArrayDeque<>();
        for (Stage c : stage.children()) if (c.ships()) children.add(c);
        return new Frame(stage, mark, children);
    }
}
