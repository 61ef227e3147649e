package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.Node;
import dev.imgslim.shell.GoQuote;
import dev.imgslim.shell.ShellWordResult;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.SourceText;
import dev.imgslim.syntax.Span;
import dev.imgslim.syntax.Word;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Small helpers the BuildKit checks share: spans of words, Go-style quoting, "did you mean". */
final class Bk {
    private Bk() {}

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** BuildKit's word processing of one word; null when BuildKit would reject the word (it fails the build then). */
    static ShellWordResult process(String word, Map<String, String> env, char escape) {
        return Expansion.lex(word, env, escape);
    }

    /**
     * The unset variables a word references, keeping only names a Dockerfile can define (positional and
     * special parameters such as {@code $1} or {@code $$} are left out).
     */
    static Set<String> unmatchedNames(String word, Map<String, String> env, char escape) {
        ShellWordResult r = process(word, env, escape);
        Set<String> out = new LinkedHashSet<>();
        if (r != null) for (String n : r.unmatched()) if (NAME.matcher(n).matches()) out.add(n);
        return out;
    }

    /**
     * Where {@code $NAME} / {@code ${NAME...}} first stands as a whole name, looked for in {@code words} in
     * order (each in its own source text), then in the instruction's flag values; the keyword if nowhere.
     */
    static Span refSpan(Node<?> node, List<Word> words, String name) {
        SourceText source = node.context().file().source();
        char escape = node.context().file().escape();
        for (Word w : words) {
            Span s = refIn(source, w, name, escape);
            if (s != null) return s;
        }
        for (Flag f : node.instruction().flags()) {
            Span s = f.value() == null ? null : refIn(source, f.valueWord(), name, escape);
            if (s != null) return s;
        }
        return node.instruction().keywordSpan();
    }

    /**
     * The first reference to {@code name} in the word's source text, read as the shell lexer reads the word:
     * a dollar after the escape character or inside single quotes is no reference. Null when there is none.
     */
    private static Span refIn(SourceText source, Word w, String name, char escape) {
        Span span = w.span();
        if (span == null
                || span.startOffset() < 0
                || span.endOffset() > source.text().length()) return null;
        String raw = source.text().substring(span.startOffset(), span.endOffset());
        boolean quoted = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quoted) quoted = c != '\'';
            else if (c == escape) i++;
            else if (c == '\'') quoted = true;
            else if (c == '$') {
                int end = refEnd(raw, i + 1, name);
                if (end > 0) return source.span(span.startOffset() + i, span.startOffset() + end);
            }
        }
        return null;
    }

    /** The end of the reference to {@code name} that starts after the dollar at {@code from}, or -1 when it names another variable. */
    private static int refEnd(String raw, int from, String name) {
        boolean braced = from < raw.length() && raw.charAt(from) == '{';
        int at = braced ? from + 1 : from;
        int end = at + name.length();
        if (!raw.startsWith(name, at) || (end < raw.length() && isNameChar(raw.charAt(end)))) return -1;
        if (!braced) return end;
        int close = raw.indexOf('}', end);
        return close < 0 ? end : close + 1;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The stage name word of a FROM ({@code FROM image AS name}); the keyword when the stage has no name. */
    static Span stageNameSpan(Stage s) {
        return s.fromInstruction().stageName().map(Word::span).orElse(s.from().keywordSpan());
    }

    /** The flag word ({@code --platform=x}) of the instruction's flag {@code name}; the keyword when it has none. */
    static Span flagSpan(Instruction ins, String name) {
        Flag f = ins.flag(name);
        return f != null && f.span() != null ? f.span() : ins.keywordSpan();
    }

    /** Go's {@code %q}, as BuildKit's messages quote. */
    static String quote(String s) {
        return GoQuote.quote(s);
    }

    /**
     * BuildKit's suggestion: the first option at Levenshtein distance below 3 that is closer than any
     * earlier one; none when an option equals the value.
     */
    static Optional<String> suggest(String value, Collection<String> options) {
        String match = null;
        int min = 3;
        for (String opt : options) {
            if (opt.equals(value)) return Optional.empty();
            int d = dev.imgslim.syntax.InstructionValidator.distance(value, opt);
            if (d < min) {
                match = opt;
                min = d;
            }
        }
        return Optional.ofNullable(match);
    }

    static boolean isLower(String s) {
        return s.equals(s.toLowerCase(Locale.ROOT));
    }

    static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
