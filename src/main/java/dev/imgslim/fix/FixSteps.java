package dev.imgslim.fix;

import dev.imgslim.syntax.DockerfileParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixes of one file split into steps, one rule per step, for {@code fix --verify}'s measurement per fix:
 * step k is the original fixed with the first k rules' fixes (in the order the fix loop first applied
 * them), so building each step and the one before it measures what that rule's fixes save on top of the
 * earlier ones. The last step is the full result; when the rules' fixes only land together (one rule's fix
 * waits for another's), they share one step ({@code rule-a + rule-b}), and a last step "together" closes any
 * gap left to the full result.
 */
public final class FixSteps {
    private FixSteps() {}

    /**
     * One step of the per-rule walk: the text after this rule's fixes were added to the previous steps'.
     *
     * @param rule  the rule whose fixes this step adds ({@code together} for what only all rules give)
     * @param code  its code, or empty
     * @param fixes how many of its fixes the full run applied
     * @param text  the Dockerfile after this step
     */
    public record Step(String rule, String code, int fixes, String text) {}

    public static final String TOGETHER = "together";

    /**
     * Replays the full run's fixes rule by rule, so each rule's effect can be measured on its own.
     *
     * @param fixer     the fixer of the full run (its lint run and settings)
     * @param selection the full run's selection
     * @param name      the file, as the lint run names it
     * @param full      the full run's outcome
     */
    public static List<Step> of(DockerfileFixer fixer, FixSelection selection, String name, FixLoop.Outcome full)
            throws DockerfileParseException {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FixLoop.Applied a : full.applied()) {
            codes.putIfAbsent(a.rule(), a.code());
            counts.merge(a.rule(), 1, Integer::sum);
        }
        List<Step> steps = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        String last = full.original();
        for (String rule : codes.keySet()) {
            rules.add(rule);
            pending.add(rule);
            FixSelection upTo = new FixSelection(List.copyOf(rules), selection.ignore(), selection.unsafe());
            String text = fixer.with(upTo).fix(name, full.original()).fixed();
            if (text.equals(last)) continue; // this rule's fixes land only with a later rule's: one step
            int n = 0;
            List<String> shown = new ArrayList<>();
            for (String r : pending) {
                n += counts.get(r);
                shown.add(r);
            }
            steps.add(new Step(String.join(" + ", shown), pending.size() == 1 ? codes.get(rule) : "", n, text));
            pending.clear();
            last = text;
        }
        if (!last.equals(full.fixed())) steps.add(new Step(TOGETHER, "", 0, full.fixed()));
        return steps;
    }
}
