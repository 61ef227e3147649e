package dev.imgslim.ignore;

import java.util.Optional;

/**
 * The syntax check Docker runs on every pattern before accepting a .dockerignore: it calls Go's
 * {@code filepath.Match(pattern, ".")} only for its {@code ErrBadPattern}. Go validates the whole
 * pattern, so this is the grammar of {@code filepath.Match} on Unix:
 *
 * <pre>
 * term:  '*' | '?' | '[' ['^'] range+ ']' | '\' c | c
 * range: esc | esc '-' esc      esc: c (not '-' or ']') | '\' c
 * </pre>
 *
 * Note that {@code [!...]} is not a negation in Go (the {@code !} is a literal), and a reversed
 * range such as {@code [z-a]} passes here but fails later in Docker's regexp (see {@link Re2ToJava}).
 */
final class GlobSyntax {

    private GlobSyntax() {}

    /** Empty when {@code filepath.Match} accepts the pattern, else the reason it returns {@code ErrBadPattern}. */
    static Optional<String> check(String pattern) {
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return Optional.of("trailing backslash escapes nothing");
                }
                i += 1 + Character.charCount(pattern.codePointAt(i + 1));
            } else if (c == '[') {
                int end = classEnd(pattern, i + 1);
                if (end < 0) {
                    return Optional.of("malformed character class starting at column " + (i + 1));
                }
                i = end;
            } else {
                i++;
            }
        }
        return Optional.empty();
    }

    /** Index just past the closing ']' of a class whose body starts at {@code i}, or -1 when malformed. */
    private static int classEnd(String p, int i) {
        int n = p.length();
        if (i < n && p.charAt(i) == '^') {
            i++;
        }
        int ranges = 0;
        while (true) {
            if (i < n && p.charAt(i) == ']' && ranges > 0) {
                return i + 1;
            }
            i = escapedChar(p, i);
            if (i < 0) {
                return -1;
            }
            if (p.charAt(i) == '-') {
                i = escapedChar(p, i + 1);
                if (i < 0) {
                    return -1;
                }
            }
            ranges++;
        }
    }

    /**
     * Go's {@code getEsc}: one class character, possibly backslash-escaped. Returns the index after
     * it, or -1 when missing, a bare '-' or ']', or when nothing follows it (an unterminated class).
     */
    private static int escapedChar(String p, int i) {
        int n = p.length();
        if (i >= n || p.charAt(i) == '-' || p.charAt(i) == ']') {
            return -1;
        }
        if (p.charAt(i) == '\\') {
            i++;
            if (i >= n) {
                return -1;
            }
        }
        i += Character.charCount(p.codePointAt(i));
        return i < n ? i : -1;
    }
}
