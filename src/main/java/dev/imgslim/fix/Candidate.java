package dev.imgslim.fix;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.TextEdit;
import java.util.Comparator;

/** One fix offered by one finding, as the fix engine considers it. */
public record Candidate(Finding finding, Fix fix) {

    /**
     * The fixed, documented order in which candidates are tried within a pass: by where their first edit
     * starts, then by rule code, then by description. A candidate whose edits overlap an earlier accepted
     * one waits for the next pass (its finding is found again, at its new offsets, on re-lint).
     */
    public static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::start)
            .thenComparing(c -> c.finding().rule().code())
            .thenComparing(c -> c.fix().description());

    public int start() {
        int s = Integer.MAX_VALUE;
        for (TextEdit e : fix.edits()) s = Math.min(s, e.start());
        return s;
    }

    public String ruleName() {
        return finding.rule().name();
    }
}
