package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;

import java.util.Collection;
import java.util.Locale;

/** Small helpers the BuildKit checks share: spans of words, Go-style quoting, "did you mean". */
final class Bk {
    private Bk() {}

    /** The span of {@code word} as written in the instruction (searched after the keyword); the keyword if not found. */
    static Span word(Instruction ins, String word) {
        return word(ins, word, ins.restStart());
    }

    static Span word(Instruction ins, String word, int from) {
        if (word != null && !word.isEmpty()) {
            int at = ins.original().indexOf(word, Math.max(0, from));
            if (at >= 0) return ins.spanOf(at, at + word.length());
        }
        return ins.keywordSpan();
    }

    /** The stage name word of a FROM ({@code FROM image AS name}). */
    static Span stageNameSpan(Instruction from) {
        var a = from.args();
        if (a.size() < 3) return from.keywordSpan();
        int asAt = indexOfWord(from, a.get(1), from.restStart());
        return word(from, a.get(2), asAt < 0 ? from.restStart() : asAt + a.get(1).length());
    }

    /** Index in {@code original()} of {@code word} standing as a whole word at or after {@code from}, or -1. */
    static int indexOfWord(Instruction ins, String word, int from) {
        String o = ins.original();
        int at = o.indexOf(word, from);
        while (at >= 0) {
            boolean startOk = at == 0 || Character.isWhitespace(o.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == o.length() || Character.isWhitespace(o.charAt(end));
            if (startOk && endOk) return at;
            at = o.indexOf(word, at + 1);
        }
        return -1;
    }

    static Span flagSpan(Instruction ins, Flag f) {
        return f.span() != null ? f.span() : ins.keywordSpan();
    }

    /** Go's {@code %q} for the plain strings these messages quote. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\t': b.append("\\t"); break;
                case '\r': b.append("\\r"); break;
                default: b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /**
     * BuildKit's suggestion: the first option at Levenshtein distance below 3 that is closer than any
     * earlier one; none when an option equals the value.
     */
    static String suggest(String value, Collection<String> options) {
        String match = null;
        int min = 3;
        for (String opt : options) {
            if (opt.equals(value)) return null;
            int d = dev.imgslim.syntax.InstructionValidator.distance(value, opt);
            if (d < min) {
                match = opt;
                min = d;
            }
        }
        return match;
    }

    static boolean isLower(String s) {
        return s.equals(s.toLowerCase(Locale.ROOT));
    }

    static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** The stage this one finally starts from (following {@code FROM <stage>} links). */
    static Stage root(Stage s) {
        Stage r = s;
        while (r.parent() != null && r.parent() != r) r = r.parent();
        return r;
    }
}
