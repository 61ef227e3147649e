package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import dev.imgslim.syntax.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small helpers shared by the hadolint-family rules. */
final class Support {
    private Support() {}

    /** Where the stage's base image is written in its FROM; the whole FROM for one without arguments. */
    static Span imageSpan(Stage s) {
        return s.fromInstruction().image().map(Word::span).orElse(s.from().span());
    }

    /** Expands a word with the variables in scope before the node's instruction; empty when some variable is unknown. */
    static Optional<String> expand(Node<?> node, String word) {
        return expand(node.context(), node.stage(), node.position(), word);
    }

    static Optional<String> expand(LintContext ctx, Stage stage, Instruction ins, String word) {
        var vars = stage == null ? ctx.model().globalScope() : stage.variablesBefore(ins);
        Expansion e = Expansion.expand(word, vars.asMap(), ctx.file().escape());
        if (!e.complete()) return Optional.empty();
        // Only a word with a '$' can mention a variable: the scope is not read for the others.
        if (word.indexOf('$') >= 0)
            for (String n : vars.names()) if (vars.get(n) == null && mentions(word, n)) return Optional.empty();
        return Optional.of(e.value());
    }

    /** True when {@code text} refers to variable {@code name} as {@code $name} or {@code ${name...}}. */
    static boolean mentions(String text, String name) {
        int i = 0;
        while ((i = text.indexOf('$', i)) >= 0) {
            if (i > 0 && text.charAt(i - 1) == '\\') {
                i++;
                continue;
            }
            int s = i + 1;
            boolean brace = s < text.length() && text.charAt(s) == '{';
            if (brace) s++;
            if (text.startsWith(name, s)) {
                int e = s + name.length();
                boolean ends =
                        e >= text.length() || !(Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '_');
                if (ends) return true;
            }
            i++;
        }
        return false;
    }

    static String baseName(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** Words that cannot be judged: variables, command substitutions, globs and empty words. */
    static boolean opaque(String w) {
        return w.isEmpty() || w.contains("$") || w.contains("`") || w.contains("*") || w.contains("{");
    }

    /** Joins names for a message: 'a', 'b' and 2 more. */
    static String list(List<String> names) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(names.size(), 3);
        for (int i = 0; i < shown; i++) {
            if (i > 0) sb.append(i == shown - 1 && names.size() == shown ? " and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        if (names.size() > shown)
            sb.append(" and ").append(names.size() - shown).append(" more");
        return sb.toString();
    }

    /** The span of a command's word, e.g. a package name. */
    static Span wordSpan(RunView run, ShellCommand c, ShellCommand.Word w) {
        return run.instruction().isJson() ? run.instruction().span() : run.span(c, w);
    }
}
