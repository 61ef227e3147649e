package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import dev.imgslim.syntax.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable identities for findings, so CI can tell "still there" from "new" across runs: a finding's
 * identity is its file, rule, the source text it points at and its message with line numbers masked,
 * never its line, so inserting a line above does not make every finding look fixed and new. Parts are joined
 * with NUL, which cannot occur in a path, so ("a", "bc") and ("ab", "c") differ. Identical parts get
 * an occurrence number (the second such finding hashes with "#1" …), keeping fingerprints unique
 * within a report while the first occurrence keeps the plain hash.
 * One instance per report: it remembers which keys it has seen.
 */
final class Fingerprints {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(String... parts) {
        String key = String.join("\0", parts);
        int n = seen.merge(key, 1, Integer::sum) - 1;
        return sha256(n == 0 ? key : key + "\0#" + n);
    }

    /** The identity of a finding: everything but where it is. */
    String of(Finding f, ReportContext ctx) {
        return next(f.file(), f.rule().code(), sourceText(f.span(), ctx.linesOf(f.file())), maskLines(f.message()));
    }

    private static final Pattern LINE_NUMBERS = Pattern.compile("(?i)\\b(lines?|:)\\s*\\d+(\\s*(-|,|and|to)\\s*\\d+)*");

    /** "same as line 3" and "same as line 7" are the same finding once lines move. */
    static String maskLines(String message) {
        return LINE_NUMBERS.matcher(message).replaceAll("$1 #");
    }

    /** The text the span covers with runs of blanks collapsed (indentation changes do not count). */
    static String sourceText(Span span, List<String> lines) {
        if (lines.isEmpty() || span.startLine() < 1 || span.startLine() > lines.size()) return "";
        StringBuilder b = new StringBuilder();
        int last = Math.min(span.endLine(), lines.size());
        for (int i = span.startLine(); i <= last; i++) {
            String line = lines.get(i - 1);
            int from = i == span.startLine() ? Math.min(Math.max(0, span.startColumn() - 1), line.length()) : 0;
            int to =
                    i == span.endLine() ? Math.min(Math.max(from, span.endColumn() - 1), line.length()) : line.length();
            if (i == span.startLine() && i == span.endLine() && to <= from)
                to = line.length(); // an empty span: its line
            b.append(line, from, to).append('\n');
        }
        return b.toString().replaceAll("\\s+", " ").trim();
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}
