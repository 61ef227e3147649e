package dev.imgslim.fix.edits;

import dev.imgslim.rules.Fix;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fixes that rewrite one instruction, built from spans the parser gives. Each returns no fix when the
 * instruction is not in the plain shape the rewrite is proven for (several lines, odd quoting): a missed
 * fix costs less than a wrong one.
 */
public final class InstructionEdits {
    /** Compiled once, not on every call (String.matches, replaceFirst and split compile their pattern each time). */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+");
    /** Words that mean the same in shell and exec form: no quotes, variables, globs, operators or escapes. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private InstructionEdits() {}

    /** Rewrites the text at {@code span} (a keyword such as {@code as}, or a stage name) in upper or lower case. */
    public static List<Fix> recase(Dockerfile file, Span span, boolean upper) {
        if (span == null || span.startOffset() < 0) return List.of();
        String text = file.source().text().substring(span.startOffset(), span.endOffset());
        String cased = upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        if (cased.equals(text) || !WORD.matcher(text).matches()) return List.of();
        return List.of(Fix.safe(
                "write '" + text + "' as '" + cased + "'", new TextEdit(span.startOffset(), span.endOffset(), cased)));
    }

    /**
     * {@code MAINTAINER name <mail>} → {@code LABEL org.opencontainers.image.authors="name <mail>"}, in the
     * keyword's case. The value is double-quoted with {@code "}, {@code $} and the escape character escaped,
     * so LABEL's variable expansion leaves it exactly as MAINTAINER kept it.
     */
    public static List<Fix> maintainerToLabel(Dockerfile file, Instruction ins) {
        if (!ins.is("MAINTAINER")
                || ins.span().startLine() != ins.span().endLine()
                || ins.rest().isEmpty()) return List.of();
        char esc = file.escape();
        StringBuilder value = new StringBuilder("\"");
        for (char c : ins.rest().toCharArray()) {
            if (c == '"' || c == '$' || c == esc) value.append(esc);
            value.append(c);
        }
        value.append('"');
        String keyword = ins.keyword().equals(ins.keyword().toLowerCase(Locale.ROOT)) ? "label" : "LABEL";
        int start = ins.keywordSpan().startOffset(),
                end = ins.spanOfRest(0, ins.rest().length()).endOffset();
        return List.of(Fix.safe(
                "replace MAINTAINER with the org.opencontainers.image.authors label",
                new TextEdit(start, end, keyword + " org.opencontainers.image.authors=" + value)));
    }

    /**
     * Legacy {@code ENV key value} → {@code ENV key=value} (and LABEL): the blank after the key becomes
     * {@code =}; a value with blanks is double-quoted, only when it holds no quote, no {@code $} and no escape
     * character, so BuildKit reads the same value. {@code keySpan} is the key word; one key per instruction
     * (the legacy form allows no more), on one line.
     */
    public static List<Fix> legacyKeyValue(Dockerfile file, Instruction ins, Span keySpan, String value) {
        if (ins.span().startLine() != ins.span().endLine() || ins.args().size() != 3 || keySpan == null)
            return List.of();
        String text = file.source().text();
        int gapEnd = keySpan.endOffset();
        while (gapEnd < text.length() && (text.charAt(gapEnd) == ' ' || text.charAt(gapEnd) == '\t')) gapEnd++;
        if (gapEnd == keySpan.endOffset() || !text.startsWith(value, gapEnd)) return List.of();
        boolean blanks = value.chars().anyMatch(Character::isWhitespace);
        if (!blanks) return List.of(Fix.safe("write key=value", new TextEdit(keySpan.endOffset(), gapEnd, "=")));
        if (value.indexOf('"') >= 0
                || value.indexOf('\'') >= 0
                || value.indexOf('$') >= 0
                || value.indexOf(file.escape()) >= 0) {
            return List.of();
        }
        return List.of(Fix.safe(
                "write key=\"value\"",
                new TextEdit(keySpan.endOffset(), gapEnd, "=\""),
                TextEdit.insert(gapEnd + value.length(), "\"")));
    }

    /**
     * {@code CMD python app.py} → {@code CMD ["python", "app.py"]} when every word is plain. Unsafe: the
     * program then runs without a shell (as PID 1, receiving signals), so nothing the shell did happens.
     */
    public static List<Fix> execForm(Instruction ins) {
        if (ins.isJson()
                || !ins.flags().isEmpty()
                || ins.span().startLine() != ins.span().endLine()) return List.of();
        String rest = ins.rest();
        if (rest.isEmpty()) return List.of();
        List<String> words = new ArrayList<>();
        for (String w : rest.trim().split("[ \t]+")) {
            if (!PLAIN_WORD.matcher(w).matches()) return List.of();
            words.add("\"" + w + "\"");
        }
        Span s = ins.spanOfRest(0, rest.length());
        return List.of(Fix.unsafe(
                "use the exec (JSON) form: the program runs without a shell and receives signals",
                new TextEdit(s.startOffset(), s.endOffset(), "[" + String.join(", ", words) + "]")));
    }
}
