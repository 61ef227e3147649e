package dev.imgslim.shell;

/**
 * The shell wildcard operations of {@code ${V#p}}, {@code ${V%p}} and {@code ${V/p/r}}, as BuildKit
 * implements them: {@code *} is any run of characters, {@code ?} one character, {@code \} makes the
 * next {@code *}, {@code ?} or {@code \} literal. Bracket expressions ({@code [a-z]}) are <em>not</em>
 * supported; {@code [} is an ordinary character. Matching is done by {@link Glob}.
 *
 * <p>Two Go details are kept on purpose: wildcards do not match a newline, and {@code ${V//p/r}}
 * expands {@code $0}/{@code ${name}} in the replacement the way Go's {@code Regexp.ReplaceAllString}
 * does, while {@code ${V/p/r}} inserts the replacement literally.
 */
final class ShellPattern {

    private ShellPattern() {}

    /** {@code ${V#p}} / {@code ${V##p}}: removes the shortest (or longest) matching prefix. */
    static String trimPrefix(String pattern, String value, boolean greedy) {
        int[] text = value.codePoints().toArray();
        int end = compileForSubstitution(pattern).matchPrefix(text, greedy);
        return end < 0 ? value : new String(text, end, text.length - end);
    }

    /**
     * {@code ${V%p}} / {@code ${V%%p}}: removes the shortest (or longest) matching suffix. Like
     * BuildKit, we reverse both the value and the pattern (keeping escape pairs in order) and trim a
     * prefix instead.
     */
    static String trimSuffix(String pattern, String value, boolean greedy) {
        return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
    }

    /** {@code ${V/p/r}} (first match, replacement taken literally) and {@code ${V//p/r}} (every match). */
    static String replace(String pattern, String replacement, String value, boolean all) {
        Glob glob = compileForSubstitution(pattern);
        int[] text = value.codePoints().toArray();
        if (!all) {
            int[] m = glob.find(text, 0);
            if (m == null) {
                return value;
            }
            return new String(text, 0, m[0]) + replacement + new String(text, m[1], text.length - m[1]);
        }
        return replaceAllLikeGo(glob, text, replacement);
    }

    private static Glob compileForSubstitution(String pattern) {
        try {
            return Glob.compile(pattern);
        } catch (SubstitutionError e) {
            throw new SubstitutionError("invalid pattern (" + pattern + ") in substitution: " + e.getMessage());
        }
    }

    /**
     * Go's replace-all loop: an empty match right after a previous match is not replaced (Java's
     * {@code replaceAll} would replace it), and the search always moves on by at least one character.
     */
    private static String replaceAllLikeGo(Glob glob, int[] text, String template) {
        StringBuilder out = new StringBuilder();
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= text.length) {
            int[] m = glob.find(text, searchPos);
            if (m == null) {
                break;
            }
            out.append(new String(text, lastMatchEnd, m[0] - lastMatchEnd));
            if (m[1] > lastMatchEnd || m[0] == 0) {
                expandTemplate(out, template, new String(text, m[0], m[1] - m[0]));
            }
            lastMatchEnd = m[1];
            int width = searchPos < text.length ? 1 : 0;
            if (searchPos + width > m[1]) {
                searchPos += width;
            } else if (searchPos + 1 > m[1]) {
                searchPos++;
            } else {
                searchPos = m[1];
            }
        }
        out.append(new String(text, lastMatchEnd, text.length - lastMatchEnd));
        return out.toString();
    }

    /**
     * Go's {@code Regexp.Expand} for a regex without capture groups: {@code $$} is {@code $},
     * {@code $0}/{@code ${0}} is the whole match, any other well-formed {@code $name} is empty, and a
     * malformed one ({@code $} at the end, {@code $-}, <code>${x</code>) keeps its {@code $}.
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
}
