package dev.imgslim.build;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Expands {@code $VAR} and {@code ${VAR...}} in one word the way BuildKit does for FROM, COPY,
 * WORKDIR and the other instructions that expand variables.
 *
 * @param value     the expanded text
 * @param unmatched variables referenced but not defined
 */
public record Expansion(String value, Set<String> unmatched) {

    public static Expansion expand(String word, Map<String, String> vars, char escape) {
        Set<String> unmatched = new LinkedHashSet<>();
        String v = SimpleLexer.expand(word, vars, escape, unmatched);
        return new Expansion(v, unmatched);
    }

    public boolean complete() {
        return unmatched.isEmpty();
    }
}
