package dev.imgslim.fix;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.syntax.DockerfileParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fixes one Dockerfile to a fixed point: lint, apply the selected fixes that do not overlap, lint the
 * result again, and repeat until no selected fix is left, the text repeats (a cycle), or
 * {@link #MAX_PASSES} passes are done. Fixes that compose on one instruction land in successive passes,
 * each at the offsets the re-lint reports. A pass whose result no longer parses is never kept: its fixes
 * are tried one at a time and the one that breaks the file is dropped (and named in the outcome).
 */
public final class FixLoop {
    /** Enough for fixes that wait on each other (casing, then the keyword the casing fix changed). */
    public static final int MAX_PASSES = 5;

    /** Lints a text; throws when it does not parse. */
    @FunctionalInterface
    public interface Lint {
        List<Finding> lint(String text) throws DockerfileParseException;
    }

    /** One applied fix: the rule, what it did, the line of its finding in the text of that pass, and the pass. */
    public record Applied(String rule, String code, Fix.Safety safety, String description, int line, int pass) {}

    /**
     * What a fix run did.
     *
     * @param remaining  fixes still offered on the fixed text that the selection leaves out (unsafe without
     *                   {@code --unsafe}, or rules not selected), by rule name
     * @param rejected   fixes dropped because the text they produced did not parse (a bug in that rule's fix)
     * @param settled    false when the passes ran out or a cycle was found before the fixes settled
     * @param before     the findings on the original
     * @param after      the findings on the fixed text
     */
    public record Outcome(
            String original,
            String fixed,
            List<Applied> applied,
            Map<String, Integer> remaining,
            List<String> rejected,
            int passes,
            boolean settled,
            List<Finding> before,
            List<Finding> after) {
        public boolean changed() {
            return !original.equals(fixed);
        }
    }

    private final FixSelection selection;

    public FixLoop(FixSelection selection) {
        this.selection = selection;
    }

    /**
     * Fixes the original until no selected fix applies.
     *
     * @throws DockerfileParseException when the original itself does not parse
     */
    public Outcome run(String original, Lint linter) throws DockerfileParseException {
        return run(original, linter.lint(original), linter);
    }

    /**
     * The same, from the findings the original already has (the lint run that read the file found them).
     *
     * @throws DockerfileParseException only from a later pass's lint, which the loop handles
     */
    public Outcome run(String original, List<Finding> first, Lint linter) throws DockerfileParseException {
        String text = original;
        List<Finding> findings = first;
        List<Finding> before = findings;
        List<Applied> applied = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Set<String> rejectedKeys = new HashSet<>();
        Set<String> seen = new HashSet<>();
        seen.add(text);
        int pass = 0;
        boolean settled = false;
        while (true) {
            List<Candidate> candidates = candidates(findings, rejectedKeys);
            if (candidates.isEmpty()) {
                settled = true;
                break;
            }
            if (pass == MAX_PASSES) break;
            pass++;
            EditApplier.Pass p = EditApplier.apply(text, candidates);
            List<Finding> next;
            try {
                next = linter.lint(p.text());
            } catch (DockerfileParseException e) {
                Optional<EditApplier.Pass> parses = oneThatParses(text, p.applied(), linter, rejected, rejectedKeys);
                if (parses.isEmpty()) continue; // every candidate broke the file; all are rejected now
                p = parses.get();
                next = linter.lint(p.text());
            }
            for (Candidate c : p.applied()) {
                applied.add(new Applied(
                        c.ruleName(),
                        c.finding().rule().code(),
                        c.fix().safety(),
                        c.fix().description(),
                        c.finding().line(),
                        pass));
            }
            text = p.text();
            findings = next;
            if (!seen.add(text)) break; // a cycle: fixes undo each other
        }
        return new Outcome(original, text, applied, remaining(findings), rejected, pass, settled, before, findings);
    }

    private List<Candidate> candidates(List<Finding> findings, Set<String> rejectedKeys) {
        List<Candidate> out = new ArrayList<>();
        for (Finding f : findings) {
            for (Fix fix : f.fixes()) {
                if (selection.accepts(f.rule(), fix) && !rejectedKeys.contains(key(f, fix))) {
                    out.add(new Candidate(f, fix));
                    break; // a finding's first acceptable fix is its fix
                }
            }
        }
        return out;
    }

    /** The first candidate that, applied alone, leaves a parsable file; the ones tried before it are rejected. */
    private static Optional<EditApplier.Pass> oneThatParses(
            String text, List<Candidate> tried, Lint linter, List<String> rejected, Set<String> rejectedKeys) {
        for (Candidate c : tried) {
            EditApplier.Pass single = EditApplier.apply(text, List.of(c));
            try {
                linter.lint(single.text());
                return Optional.of(single);
            } catch (DockerfileParseException e) {
                rejected.add(c.ruleName() + " at line " + c.finding().line() + ": '"
                        + c.fix().description() + "' gives a file that does not parse (" + e.getMessage() + ")");
                rejectedKeys.add(key(c.finding(), c.fix()));
            }
        }
        return Optional.empty();
    }

    /** Identifies a fix across passes (offsets move, so not by offsets): rule, description and inserted text. */
    private static String key(Finding f, Fix fix) {
        StringBuilder sb = new StringBuilder(f.rule().code()).append('|').append(fix.description());
        for (TextEdit e : fix.edits()) sb.append('|').append(e.text());
        return sb.toString();
    }

    private Map<String, Integer> remaining(List<Finding> findings) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.fixes().isEmpty()) continue;
            boolean accepted = f.fixes().stream().anyMatch(x -> selection.accepts(f.rule(), x));
            if (!accepted) out.merge(f.rule().name(), 1, Integer::sum);
        }
        return out;
    }
}
