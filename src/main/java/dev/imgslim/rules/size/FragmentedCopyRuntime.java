package dev.imgslim.rules.size;

import dev.imgslim.build.FromRef;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The final stage has three or more {@code COPY --from} instructions from at least two different stages
 * or images: one {@code FROM scratch AS assembly} stage and a single COPY would give fewer layers.
 * Info only: the measured gain is about 1 KB and three layers, and one COPY loses per-source caching.
 *
 * <p>Deliberately not flagged: COPYs from the build context (they change at a different pace from
 * built artefacts), fewer than three {@code COPY --from}, all of them from one source (one COPY of a
 * folder usually does it), stages other than the final one, a final stage that is itself
 * {@code FROM scratch} (it is the assembly stage), and COPYs separated by a RUN (the RUN uses what was
 * copied before it, so they cannot be gathered into one layer).
 */
public final class FragmentedCopyRuntime extends StageRule {
    static final int MIN_COPIES = 3;

    @Override
    public void visit(Stage fin, LintContext ctx, FindingSink out) {
        if (!fin.isFinal() || rootIsScratch(fin)) return; // the final stage is itself the collector
        // COPYs separated by a RUN are not gathered: the RUN between them uses what came before.
        List<Instruction> copies = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Instruction ins : fin.instructions()) {
            if (ins.is("RUN")) {
                report(copies, sources, out);
                copies = new ArrayList<>();
                sources = new LinkedHashSet<>();
                continue;
            }
            if (!ins.is("COPY")) continue;
            Flag from = ins.flag("from");
            if (from == null || from.value() == null) continue;
            copies.add(ins);
            FromRef ref = ctx.model().resolveFrom(from.value(), fin);
            sources.add(
                    ref.stage() != null
                            ? "stage:" + ref.stage().index()
                            : "ref:" + from.value().toLowerCase(Locale.ROOT));
        }
        report(copies, sources, out);
    }

    private static void report(List<Instruction> copies, Set<String> sources, FindingSink out) {
        if (copies.size() < MIN_COPIES || sources.size() < 2) return;
        Instruction first = copies.get(0);
        int saved = copies.size() - 1;
        String message = copies.size() + " COPY --from instructions from " + sources.size() + " sources (lines "
                + lines(copies) + ") could be one 'COPY --from=assembly / /' of a 'FROM scratch AS assembly' stage that"
                + " gathers them: " + saved
                + " layers fewer, 0 bytes saved (~1 KB compressed, measured); the gain is small"
                + " and one COPY is rebuilt when any source changes";
        out.report(first.flag("from").span(), message);
    }

    private static boolean rootIsScratch(Stage s) {
        return s.root().isScratch();
    }

    private static String lines(List<Instruction> copies) {
        StringBuilder sb = new StringBuilder();
        for (Instruction c : copies) sb.append(sb.length() == 0 ? "" : ", ").append(c.line());
        return sb.toString();
    }
}
