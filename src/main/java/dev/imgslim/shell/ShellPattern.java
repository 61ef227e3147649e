package dev.imgslim.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell wildcard patterns of {@code ${V#p}}, {@code ${V%p}} and {@code ${V/p/r}}, as BuildKit
 * implements them: {@code *} is any run of characters, {@code ?} one character, {@code \} makes the
 * next {@code *}, {@code ?} or {@code \} literal. Bracket expressions ({@code [a-z]}) are <em>not</em>
 * supported; {@code [} is an ordinary character.
 *
 * <p>BuildKit turns the pattern into a Go regular expression; we turn it into an equivalent Java one.
 * Two Go details are kept on purpose: {@code .} does not match a newline ({@link Pattern#UNIX_LINES},
 * so only {@code \n} counts), and {@code ${V//p/r}} expands {@code $0}/{@code ${name}} in the
 * replacement the way Go's {@code Regexp.ReplaceAllString} does.
 */
final class ShellPattern {

    private ShellPattern() {
    }

    /**
     * @param greedy   whether {@code *} takes the longest run ({@code ##}, {@code %%}, and replacement)
     * @param anchored whether the match must start at the beginning of the value
     * @throws SubstitutionError for an escape of anything but {@code *}, {@code ?} or {@code \}
     */
    static Pattern compile(String pattern, boolean greedy, boolean anchored) {
        StringBuilder regex = new StringBuilder(pattern.length() + 4);
        if (anchored) {
            regex.append('^');
        }
        int[] cps = pattern.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            switch (cp) {
                case '*' -> regex.append(greedy ? ".*" : ".*?");
                case '?' -> regex.append('.');
                case '\\' -> {
                    int following = i + 1 < cps.length ? cps[i + 1] : -1;
                    // "\}" and "\/" had to be escaped inside ${...}; the backslash is not part of the pattern.
                    if (following == '}' || following == '/') {
                        continue;
                    }
                    if (following != '*' && following != '?' && following != '\\') {
                        throw new SubstitutionError("invalid escape '\\" + describe(following) + "'");
                    }
                    regex.append('\\').appendCodePoint(following);
                    i++;
                }
                default -> appendLiteral(regex, cp);
            }
        }
        return Pattern.compile(regex.toString(), Pattern.UNIX_LINES);
    }

    /** {@code ${V#p}} / {@code ${V##p}}: removes the shortest (or longest) matching prefix. */
    static String trimPrefix(String pattern, String value, boolean greedy) {
        Matcher m = compileForSubstitution(pattern, greedy, true).matcher(value);
        return m.find() ? value.substring(m.end()) : value;
    }

    /**
     * {@code ${V%p}} / {@code ${V%%p}}: removes the shortest (or longest) matching suffix. A regular
     * expression cannot look for the shortest rightmost match, so, like BuildKit, we reverse both the
     * value and the pattern (keeping escape pairs in order) and trim a prefix instead.
     */
    static String trimSuffix(String pattern, String value, boolean greedy) {
        String trimmed = trimPrefix(reversePattern(pattern), reverse(value), greedy);
        return reverse(trimmed);
    }

    /** {@code ${V/p/r}} (first match, replacement taken literally) and {@code ${V//p/r}} (every match). */
    static String replace(String pattern, String replacement, String value, boolean all) {
        Pattern re = compileForSubstitution(pattern, true, false);
        if (!all) {
            Matcher m = re.matcher(value);
            return m.find() ? value.substring(0, m.start()) + replacement + value.substring(m.end()) : value;
        }
        return replaceAllLikeGo(re, value, replacement);
    }

    private static Pattern compileForSubstitution(String pattern, boolean greedy, boolean anchored) {
        try {
            return compile(pattern, greedy, anchored);
        } catch (SubstitutionError e) {
            throw new SubstitutionError("invalid pattern (" + pattern + ") in substitution: " + e.getMessage());
        }
    }

    /**
     * Go's replace-all loop: an empty match right after a previous match is not replaced (Java's
     * {@code replaceAll} would replace it), and the search always moves on by at least one character.
     */
    private static String replaceAllLikeGo(Pattern re, String value, String template) {
        StringBuilder out = new StringBuilder();
        Matcher m = re.matcher(value);
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= value.length() && m.find(searchPos)) {
            out.append(value, lastMatchEnd, m.start());
            if (m.end() > lastMatchEnd || m.start() == 0) {
                expandTemplate(out, template, value.substring(m.start(), m.end()));
            }
            lastMatchEnd = m.end();
            int width = searchPos < value.length() ? Character.charCount(value.codePointAt(searchPos)) : 0;
            if (searchPos + width > m.end()) {
                searchPos += width;
            } else if (searchPos + 1 > m.end()) {
                searchPos++;
            } else {
                searchPos = m.end();
            }
        }
        out.append(value, Math.min(lastMatchEnd, value.length()), value.length());
        return out.toString();
    }

    /**
     * Go's {@code Regexp.Expand} for a regex without capture groups: {@code $$} is {@code $},
     * {@code $0}/{@code ${0}} is the whole match, any other well-formed {@code $name} is empty, and a
     * malformed one ({@code $} at the end, {@code $-}, {@code ${x}) keeps its {@code $}.
     */
    private static void expandTemplate(StringBuilder out, String template, String match) {
        int i = 0;
        while (i < template.length()) {
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                break;
            }
            out.append(template, i, dollar);
            i = dollar + 1;
            if (i < template.length() && template.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            boolean brace = i < template.length() && template.charAt(i) == '{';
            int nameStart = brace ? i + 1 : i;
            int j = nameStart;
            while (j < template.length()) {
                int cp = template.codePointAt(j);
                if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
                    break;
                }
                j += Character.charCount(cp);
            }
            if (j == nameStart || (brace && (j >= template.length() || template.charAt(j) != '}'))) {
                out.append('$'); // malformed: the '$' is kept as text and scanning resumes after it
                continue;
            }
            String name = template.substring(nameStart, j);
            i = brace ? j + 1 : j;
            if (name.equals("0")) {
                out.append(match);
            }
        }
        out.append(template, Math.min(i, template.length()), template.length());
    }

    /** Reverses a pattern by code point, keeping each {@code \x} escape pair in front of its character. */
    static String reversePattern(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int last = cps.length - 1;
        for (int i = 0; i <= last; ) {
            int outIdx = last - i;
            if (cps[i] == '\\' && i != last) {
                out[outIdx - 1] = '\\';
                out[outIdx] = cps[i + 1];
                i += 2;
            } else {
                out[outIdx] = cps[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    /** Reverses by code point, so a character outside the BMP stays one character. */
    static String reverse(String s) {
        int[] cps = s.codePoints().toArray();
        for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
            int t = cps[i];
            cps[i] = cps[j];
            cps[j] = t;
        }
        return new String(cps, 0, cps.length);
    }

    private static void appendLiteral(StringBuilder regex, int cp) {
        // Escaping every ASCII punctuation character is always valid in Java and never changes meaning.
        if (cp < 0x80 && !Character.isLetterOrDigit(cp) && cp != ' ') {
            regex.append('\\');
        }
        regex.appendCodePoint(cp);
    }

    private static String describe(int cp) {
        return cp < 0 ? "" : new String(Character.toChars(cp));
    }
}
