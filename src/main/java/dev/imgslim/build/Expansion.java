package dev.imgslim.build;

import dev.imgslim.shell.Env;
import dev.imgslim.shell.ShellLexException;
import dev.imgslim.shell.ShellLexer;
import dev.imgslim.shell.ShellWordResult;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Expands {@code $VAR} and {@code ${VAR...}} in one word with BuildKit's shell lexer, as BuildKit does
 * for FROM, COPY, WORKDIR and the other instructions that expand variables.
 *
 * @param value     the expanded text (the input unchanged when the lexer rejects it)
 * @param unmatched variables referenced but not defined (an ARG declared without a value counts as undefined)
 * @param error     the lexer's message when the word is malformed ({@code ${X:?msg}}, an unclosed <code>${</code>), or null
 */
public record Expansion(String value, Set<String> unmatched, String error) {
    private static final ShellLexer BACKSLASH = new ShellLexer('\\');
    private static final ShellLexer BACKTICK = new ShellLexer('`');

    /**
     * BuildKit's word processing of one word with the variables that have values, or null when BuildKit
     * rejects the word (it fails the build then): what was matched and what was not, for the checks that need both.
     */
    public static ShellWordResult lex(String word, Map<String, String> env, char escape) {
        try {
            return (escape == '`' ? BACKTICK : BACKSLASH).process(word, view(env));
        } catch (ShellLexException e) {
            return null;
        }
    }

    public static Expansion expand(String word, Map<String, String> vars, char escape) {
        try {
            ShellWordResult r = (escape == '`' ? BACKTICK : BACKSLASH).process(word, view(vars));
            return new Expansion(r.word(), r.unmatched(), null);
        } catch (ShellLexException e) {
            return new Expansion(word, Set.of(), e.getMessage());
        }
    }

    /**
     * The variables that have a value, as the lexer sees them, without copying the map: a word is
     * expanded at every instruction, and copying the scope each time would cost its size per word.
     */
    private static Env view(Map<String, String> vars) {
        return new Env() {
            @Override
            public String get(String name) {
                return vars.get(name); // null: undefined, or an ARG declared without a value
            }

            @Override
            public Set<String> names() {
                Set<String> out = new LinkedHashSet<>();
                vars.forEach((k, v) -> {
                    if (v != null) out.add(k);
                });
                return out;
            }
        };
    }

    public boolean complete() {
        return unmatched.isEmpty() && error == null;
    }
}
