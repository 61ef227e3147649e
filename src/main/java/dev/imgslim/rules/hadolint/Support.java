package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small helpers shared by the hadolint-family rules. */
final class Support {
    private Support() {}

    /** Every RUN whose script runs in a POSIX-like shell (heredocs fed to python and the like are left out). */
    static List<LintContext.StageRun> shellRuns(LintContext ctx) {
        return ctx.runs().stream().filter(sr -> sr.run().isShell()).toList();
    }

    /** Where {@code word} stands in the instruction's text after its flags, searching from {@code from}; the whole instruction if not found. */
    static Span argSpan(Instruction ins, String word, int from) {
        int i = word.isEmpty() ? -1 : ins.rest().indexOf(word, Math.max(0, from));
        return i < 0 ? ins.span() : ins.spanOfRest(i, i + word.length());
    }

    static Span argSpan(Instruction ins, String word) {
        return argSpan(ins, word, 0);
    }

    /** The span of argument {@code k} of the instruction (args are searched in order so repeats map right). */
    static Span argSpan(Instruction ins, int k) {
        int cursor = 0;
        List<String> args = ins.args();
        for (int i = 0; i < args.size(); i++) {
            int at = ins.rest().indexOf(args.get(i), cursor);
            if (i == k) return at < 0 ? ins.span() : ins.spanOfRest(at, at + args.get(i).length());
            if (at >= 0) cursor = at + args.get(i).length();
        }
        return ins.span();
    }

    /** Expands a word with the variables in scope before {@code ins}; null when some variable is unknown. */
    static String expand(LintContext ctx, Stage stage, Instruction ins, String word) {
        var vars = stage == null ? ctx.model().globalScope() : stage.variablesBefore(ins);
        Expansion e = Expansion.expand(word, vars.asMap(), ctx.file().escape());
        if (!e.complete()) return null;
        for (String n : vars.names()) if (vars.get(n) == null && mentions(word, n)) return null;
        return e.value();
    }

    /** True when {@code text} refers to variable {@code name} as {@code $name} or {@code ${name...}}. */
    static boolean mentions(String text, String name) {
        int i = 0;
        while ((i = text.indexOf('$', i)) >= 0) {
            if (i > 0 && text.charAt(i - 1) == '\\') { i++; continue; }
            int s = i + 1;
            boolean brace = s < text.length() && text.charAt(s) == '{';
            if (brace) s++;
            if (text.startsWith(name, s)) {
                int e = s + name.length();
                boolean ends = e >= text.length() || !(Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '_');
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

    /**
     * Operands of an installer command after its subcommand, as positioned words: options are dropped,
     * and so are the values of the options in {@code valued} ({@code -t bookworm-backports}).
     */
    static List<ShellCommand.Word> operands(ShellCommand c, Set<String> valued) {
        List<ShellCommand.Word> out = new ArrayList<>();
        boolean seenSub = false;
        List<ShellCommand.Word> words = c.argWords();
        for (int i = 0; i < words.size(); i++) {
            String a = words.get(i).value();
            if (a.startsWith("-")) {
                if (valued.contains(a)) i++;
                continue;
            }
            if (!seenSub) { seenSub = true; continue; }
            out.add(words.get(i));
        }
        return out;
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
        if (names.size() > shown) sb.append(" and ").append(names.size() - shown).append(" more");
        return sb.toString();
    }

    /** The span of a command's word, e.g. a package name. */
    static Span wordSpan(RunView run, ShellCommand c, ShellCommand.Word w) {
        return run.instruction().isJson() ? run.instruction().span() : run.span(c, w);
    }
}
