package dev.imgslim.fix;

import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import java.util.List;
import java.util.Optional;

/** Checks a rule named on the command line (code, name or alias) and suggests the closest one when it is unknown. */
public final class RuleIds {
    private RuleIds() {}

    /** Empty when {@code id} names a rule; otherwise the message, with a did-you-mean when one is close. */
    public static Optional<String> unknown(String id, List<Rule> rules) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Rule r : rules) {
            RuleMeta m = r.meta();
            if (m.isNamed(id)) return Optional.empty();
            int d = distance(id.toLowerCase(java.util.Locale.ROOT), m.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = m.name();
            }
        }
        String hint =
                best != null && bestDistance <= Math.max(2, id.length() / 3) ? " (did you mean '" + best + "'?)" : "";
        return Optional.of("unknown rule '" + id + "'" + hint + "; 'imgslim rules' lists them");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(
                        Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
