package dev.imgslim.shell;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one pass over a word produces.
 *
 * @param word      the processed word: quotes removed, escapes processed, variables expanded (as
 *                  {@link ShellLexer#processWord})
 * @param words     the same text split into words on unquoted whitespace (as {@link ShellLexer#processWords})
 * @param matched   names referenced and found in the environment, in order of first reference
 * @param unmatched names referenced but unset, in order of first reference; the {@code undefined-var}
 *                  rule reports these. Special parameters count as names: {@code $1} adds {@code "1"},
 *                  {@code $$} adds {@code "$"}, exactly as BuildKit records them.
 */
public record ShellWordResult(String word, List<String> words, Set<String> matched, Set<String> unmatched) {

    public ShellWordResult {
        words = List.copyOf(words);
        matched = orderedCopy(matched);
        unmatched = orderedCopy(unmatched);
    }

    private static Set<String> orderedCopy(Set<String> names) {
        return names.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }
}
