package dev.imgslim.ignore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the Go (RE2) regexp that Docker builds from a pattern into an equivalent
 * {@link java.util.regex.Pattern}.
 *
 * <p>Why not hand the string to Java as is: Docker copies {@code [}, {@code ]} and {@code ^} from the
 * pattern into the regexp unescaped, so the regexp can hold class syntax that the two engines read
 * differently. {@code [*]} becomes {@code [[^/]*]}, which RE2 reads as the class {@code [[^/]}
 * followed by {@code *} and a literal {@code ]}, while Java reads a nested class. RE2 also knows
 * {@code [:alpha:]}, has no {@code &&}, and its {@code \s} and {@code $} differ from Java's. So this
 * parses the regexp by RE2's rules and writes out Java syntax that cannot be misread (every literal
 * as {@code \x{...}}).
 *
 * <p>Only the subset Docker can produce is handled. Escapes RE2 accepts but that nobody writes in a
 * .dockerignore ({@code \x41}, {@code \p{Greek}}, {@code \Q...\E}, octal) are reported as
 * unsupported rather than guessed.
 */
final class Re2ToJava {

    /** RE2's POSIX classes (ASCII only, as in RE2) in Java syntax usable inside a class. */
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("ascii", "\\p{ASCII}"), Map.entry("blank", "\\p{Blank}"),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"),
            Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\p{Space}"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

    private final String re;
    private int pos;
    private final StringBuilder out = new StringBuilder();
    private final List<LinearRegex.Token> tokens = new ArrayList<>();

    private Re2ToJava(String re) {
        this.re = re;
    }

    static Pattern translate(String re2) throws BadPatternException {
        Re2ToJava t = new Re2ToJava(re2);
        t.translateAll();
        try {
            return Pattern.compile(t.out.toString());
        } catch (PatternSyntaxException e) {
            // Only reachable for RE2-valid input that this translation got wrong; say so plainly.
            throw new BadPatternException("cannot translate regexp " + re2 + ": " + e.getDescription());
        }
    }

    /**
     * The regexp as a matcher that runs in time linear in pattern and path length (an automaton
     * simulation, as RE2 does), never backtracking: {@code *a*a*a*a*a*a*c} or thirty {@code **}/ stay fast.
     */
    static LinearRegex linear(String re2) throws BadPatternException {
        Re2ToJava t = new Re2ToJava(re2);
        t.translateAll();
        try {
            Pattern.compile(
                    t.out.toString()); // the same validity check as the translation (compiling never backtracks)
            return LinearRegex.compile(t.tokens);
        } catch (PatternSyntaxException e) {
            throw new BadPatternException("cannot translate regexp " + re2 + ": " + e.getDescription());
        } catch (IllegalArgumentException e) {
            throw new BadPatternException("cannot translate regexp " + re2 + ": " + e.getMessage());
        }
    }

    private void translateAll() throws BadPatternException {
        while (pos < re.length()) {
            int cp = next();
            switch (cp) {
                case '\\' -> {
                    String e = escapeOutsideClass();
                    switch (e) {
                        case "\\A" -> assertion(e, LinearRegex.Assertion.BEGIN);
                        case "\\z" -> assertion(e, LinearRegex.Assertion.END);
                        case "\\b" -> assertion(e, LinearRegex.Assertion.WORD_BOUNDARY);
                        case "\\B" -> assertion(e, LinearRegex.Assertion.NOT_WORD_BOUNDARY);
                        default -> atom(e);
                    }
                }
                case '[' -> atom(characterClass());
                case '^' -> assertion("^", LinearRegex.Assertion.BEGIN); // without MULTILINE both mean "start of text"
                case '$' ->
                    assertion(
                            "\\z", LinearRegex.Assertion.END); // RE2 "$" is end of text; Java's also allows a final \n
                case '.' -> atom("[^\\n]"); // RE2 "." excludes only \n, Java's excludes \r and more
                case '(' -> operator("(?:", '('); // Docker only emits "(.*/)?"; no need to capture
                case ')', '?', '*', '|', '+' -> operator(Character.toString(cp), (char) cp);
                default -> atom(literal(cp));
            }
        }
    }

    private void atom(String java) {
        out.append(java);
        tokens.add(new LinearRegex.Token(LinearRegex.Token.Kind.ATOM, java, (char) 0, null));
    }

    private void assertion(String java, LinearRegex.Assertion a) {
        out.append(java);
        tokens.add(new LinearRegex.Token(LinearRegex.Token.Kind.ASSERT, java, (char) 0, a));
    }

    private void operator(String java, char op) {
        out.append(java);
        tokens.add(new LinearRegex.Token(LinearRegex.Token.Kind.OPERATOR, java, op, null));
    }

    private int next() {
        int cp = re.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    private boolean peekIs(char c) {
        return pos < re.length() && re.charAt(pos) == c;
    }

    private String escapeOutsideClass() throws BadPatternException {
        if (pos >= re.length()) {
            throw new BadPatternException("trailing backslash at end of expression");
        }
        char c = re.charAt(pos);
        switch (c) {
            case 'A', 'z', 'b', 'B' -> { // the same assertions in both dialects
                pos++;
                return "\\" + c;
            }
            default -> {
                String perl = perlClass(c);
                if (perl != null) {
                    pos++;
                    return perl;
                }
                return literal(escapedChar());
            }
        }
    }

    /** RE2's Perl classes are ASCII-only; Java's {@code \s} also has \x0B, so spell them out. */
    private static String perlClass(char c) {
        return switch (c) {
            case 'd' -> "[0-9]";
            case 'D' -> "[^0-9]";
            case 's' -> "[\\t\\n\\f\\r ]";
            case 'S' -> "[^\\t\\n\\f\\r ]";
            case 'w' -> "[0-9A-Za-z_]";
            case 'W' -> "[^0-9A-Za-z_]";
            default -> null;
        };
    }

    /** The character a backslash escape stands for (RE2 {@code parseEscape}); the backslash is consumed. */
    private int escapedChar() throws BadPatternException {
        if (pos >= re.length()) {
            throw new BadPatternException("trailing backslash at end of expression");
        }
        int c = next();
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            return c; // escaped punctuation is itself
        }
        return switch (c) {
            case 'a' -> 0x07;
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            case 'x', 'p', 'P', 'Q', '0', '1', '2', '3', '4', '5', '6', '7' ->
                throw new BadPatternException("escape \\" + Character.toString(c) + " is not supported by imgslim");
            default -> throw new BadPatternException("invalid escape sequence \\" + Character.toString(c));
        };
    }

    /** Parses a class by RE2 rules ({@code [} already consumed) and returns a Java equivalent. */
    private String characterClass() throws BadPatternException {
        boolean negated = false;
        if (peekIs('^')) {
            pos++;
            negated = true;
        }
        StringBuilder items = new StringBuilder();
        boolean first = true; // RE2 takes ']' as a literal when it comes first
        while (first || !peekIs(']')) {
            if (pos >= re.length()) {
                throw new BadPatternException("missing closing ]");
            }
            first = false;
            if (re.startsWith("[:", pos)) {
                // RE2 looks for ":]" anywhere ahead, even past the class end; so do we.
                int close = re.indexOf(":]", pos + 2);
                if (close >= 0) {
                    items.append(posixClass(re.substring(pos + 2, close)));
                    pos = close + 2;
                    continue;
                }
            }
            if (peekIs('\\') && pos + 1 < re.length() && perlClass(re.charAt(pos + 1)) != null) {
                items.append(perlClass(re.charAt(pos + 1))); // nested class = union in Java
                pos += 2;
                continue;
            }
            int lo = classChar();
            int hi = lo;
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                hi = classChar();
                if (hi < lo) {
                    throw new BadPatternException(
                            "invalid character class range " + Character.toString(lo) + "-" + Character.toString(hi));
                }
            }
            items.append(literal(lo));
            if (hi != lo) {
                items.append('-').append(literal(hi));
            }
        }
        pos++; // the closing ']'
        String positive = "[" + items + "]";
        // Java's "^" does not reliably negate nested classes; a lookahead does. RE2 (with Go's
        // default ClassNL) lets a negated class match \n, hence DOTALL.
        return negated ? "(?:(?!" + positive + ")(?s:.))" : positive;
    }

    private int classChar() throws BadPatternException {
        if (pos >= re.length()) {
            throw new BadPatternException("missing closing ]");
        }
        if (peekIs('\\')) {
            pos++;
            return escapedChar();
        }
        return next();
    }

    private static String posixClass(String name) throws BadPatternException {
        boolean negated = name.startsWith("^");
        String java = POSIX.get(negated ? name.substring(1) : name);
        if (java == null) {
            throw new BadPatternException("invalid character class range [:" + name + ":]");
        }
        if (!negated) {
            return java;
        }
        return java.equals("\\w") ? "\\W" : "\\P" + java.substring(2);
    }

    private static String literal(int cp) {
        return "\\x{" + Integer.toHexString(cp) + "}";
    }
}
