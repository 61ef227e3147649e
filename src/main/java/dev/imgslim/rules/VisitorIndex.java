package dev.imgslim.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of an engine's rules visit each concrete instruction class, by position in the engine's rule
 * list: worked out once per run instead of once per file (filtering every node rule by
 * {@code isAssignableFrom} for each instruction class of each file was ~2 % of a 10,000-file lint's CPU).
 * Shared by the lint workers, hence the concurrent map.
 */
final class VisitorIndex {
    private static final int[] NONE = new int[0];

    private final List<Rule> rules;
    private final Map<Class<?>, int[]> positions = new ConcurrentHashMap<>();

    VisitorIndex(List<Rule> rules) {
        this.rules = rules;
    }

    int size() {
        return rules.size();
    }

    /** Positions (ascending, so in rule order) of the node rules that visit {@code type}. */
    int[] visiting(Class<?> type) {
        int[] known = positions.get(type);
        if (known != null) return known;
        int[] found = new int[rules.size()];
        int n = 0;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) instanceof NodeRule<?> r && r.visits().isAssignableFrom(type)) found[n++] = i;
        }
        int[] out = n == 0 ? NONE : java.util.Arrays.copyOf(found, n);
        positions.putIfAbsent(type, out);
        return out;
    }
}
