package dev.imgslim.ignore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A regexp matched by simulating its automaton (Thompson's construction, the way RE2 and so Docker
 * match): every step advances all live states over one character, so the time is proportional to
 * the path length times the pattern length, whatever the pattern. java.util.regex backtracks, and
 * a .dockerignore line such as {@code *a*a*a*a*a*a*c} or thirty {@code **}{@code /} made it take
 * seconds to minutes on one path.
 *
 * <p>Built from the tokens {@link Re2ToJava} reads by RE2's rules; each atom matches one character
 * and is tested with a one-character Java pattern (no repetition inside, so no backtracking).
 */
final class LinearRegex {

    /** Zero-width conditions RE2 supports in the patterns Docker builds. */
    enum Assertion {
        BEGIN,
        END,
        WORD_BOUNDARY,
        NOT_WORD_BOUNDARY
    }

    /**
     * One lexical unit of the regexp.
     *
     * @param java the Java syntax of an atom (one character: a literal, class, dot or Perl class)
     * @param op   for operators: one of {@code ( ) | * ? +}
     */
    record Token(Kind kind, String java, char op, Assertion assertion) {
        enum Kind {
            ATOM,
            ASSERT,
            OPERATOR
        }
    }

    private static final int CHAR = 0;
    private static final int SPLIT = 1;
    private static final int ASSERT = 2;
    private static final int MATCH = 3;

    private final List<Integer> kinds = new ArrayList<>();
    private final List<CharTest> tests = new ArrayList<>();
    private final List<Assertion> assertions = new ArrayList<>();
    private final List<int[]> outs = new ArrayList<>(); // out1, out2 per node; -1 = not yet patched
    private int start;

    private LinearRegex() {}

    static LinearRegex compile(List<Token> tokens) {
        LinearRegex re = new LinearRegex();
        Parser p = new Parser(re, tokens);
        Fragment f = p.alternation();
        if (p.pos < tokens.size())
            throw new IllegalArgumentException("unexpected " + tokens.get(p.pos).java());
        int match = re.node(MATCH, null, null);
        re.patch(f.dangling, match);
        re.start = f.start;
        return re;
    }

    /** Whether the whole path matches. */
    boolean matches(String path) {
        return run(path, true);
    }

    /**
     * Whether some longer input starting with {@code prefix} could match (or it matches already):
     * live states remain after reading it all.
     */
    boolean couldMatchWithMore(String prefix) {
        return run(prefix, false);
    }

    private boolean run(String text, boolean wholeMatch) {
        int[] cps = text.codePoints().toArray();
        int n = kinds.size();
        int[] current = new int[n];
        int[] next = new int[n];
        int[] seen = new int[n];
        int[] stack = new int[n * 2 + 2];
        int generation = 1;
        int count = closure(start, cps, 0, current, 0, seen, generation, stack);
        for (int i = 0; i < cps.length && count > 0; i++) {
            generation++;
            int nextCount = 0;
            for (int k = 0; k < count; k++) {
                int s = current[k];
                if (kinds.get(s) == CHAR && tests.get(s).test(cps[i])) {
                    nextCount = closure(outs.get(s)[0], cps, i + 1, next, nextCount, seen, generation, stack);
                }
            }
            int[] t = current;
            current = next;
            next = t;
            count = nextCount;
        }
        if (!wholeMatch) return count > 0;
        for (int k = 0; k < count; k++) if (kinds.get(current[k]) == MATCH) return true;
        return false;
    }

    /** Adds {@code s} and every state reachable from it without reading a character at position {@code at}. */
    private int closure(int s, int[] cps, int at, int[] list, int count, int[] seen, int generation, int[] stack) {
        // an explicit stack: a pattern of thousands of stars must not overflow the call stack
        int top = 0;
        stack[top++] = s;
        while (top > 0) {
            int x = stack[--top];
            if (x < 0 || seen[x] == generation) continue;
            seen[x] = generation;
            switch (kinds.get(x)) {
                case SPLIT -> {
                    stack[top++] = outs.get(x)[1];
                    stack[top++] = outs.get(x)[0];
                }
                case ASSERT -> {
                    if (holds(assertions.get(x), cps, at)) stack[top++] = outs.get(x)[0];
                }
                default -> list[count++] = x;
            }
        }
        return count;
    }

    private static boolean holds(Assertion a, int[] cps, int at) {
        return switch (a) {
            case BEGIN -> at == 0;
            case END -> at == cps.length;
            case WORD_BOUNDARY -> isWord(cps, at - 1) != isWord(cps, at);
            case NOT_WORD_BOUNDARY -> isWord(cps, at - 1) == isWord(cps, at);
        };
    }

    /** RE2's \b is ASCII: [0-9A-Za-z_]. */
    private static boolean isWord(int[] cps, int i) {
        if (i < 0 || i >= cps.length) return false;
        int c = cps[i];
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private int node(int kind, CharTest test, Assertion assertion) {
        kinds.add(kind);
        tests.add(test);
        assertions.add(assertion);
        outs.add(new int[] {-1, -1});
        return kinds.size() - 1;
    }

    private void patch(List<int[]> dangling, int target) {
        for (int[] slot : dangling) outs.get(slot[0])[slot[1]] = target;
    }

    /** A piece of automaton with one entry and the exits still to connect. */
    private record Fragment(int start, List<int[]> dangling) {}

    /** Recursive descent over RE2's precedence: alternation, concatenation, repetition, atoms and groups. */
    private static final class Parser {
        private final LinearRegex re;
        private final List<Token> tokens;
        int pos;

        Parser(LinearRegex re, List<Token> tokens) {
            this.re = re;
            this.tokens = tokens;
        }

        private boolean atOperator(char op) {
            return pos < tokens.size()
                    && tokens.get(pos).kind() == Token.Kind.OPERATOR
                    && tokens.get(pos).op() == op;
        }

        Fragment alternation() {
            Fragment left = concatenation();
            while (atOperator('|')) {
                pos++;
                Fragment right = concatenation();
                int split = re.node(SPLIT, null, null);
                re.outs.get(split)[0] = left.start;
                re.outs.get(split)[1] = right.start;
                List<int[]> d = new ArrayList<>(left.dangling);
                d.addAll(right.dangling);
                left = new Fragment(split, d);
            }
            return left;
        }

        private Fragment concatenation() {
            Fragment result = null;
            while (pos < tokens.size() && !atOperator('|') && !atOperator(')')) {
                Fragment f = repetition();
                if (result == null) {
                    result = f;
                } else {
                    re.patch(result.dangling, f.start);
                    result = new Fragment(result.start, f.dangling);
                }
            }
            if (result == null) {
                // empty: a no-op assertion that always holds is simplest as a split to the same exit
                int split = re.node(SPLIT, null, null);
                return new Fragment(split, List.of(new int[] {split, 0}, new int[] {split, 1}));
            }
            return result;
        }

        private Fragment repetition() {
            Fragment f = primary();
            while (atOperator('*') || atOperator('?') || atOperator('+')) {
                char op = tokens.get(pos++).op();
                int split = re.node(SPLIT, null, null);
                re.outs.get(split)[0] = f.start;
                switch (op) {
                    case '*' -> {
                        re.patch(f.dangling, split);
                        f = new Fragment(split, List.of(new int[] {split, 1}));
                    }
                    case '+' -> {
                        re.patch(f.dangling, split);
                        f = new Fragment(f.start, List.of(new int[] {split, 1}));
                    }
                    default -> {
                        List<int[]> d = new ArrayList<>(f.dangling);
                        d.add(new int[] {split, 1});
                        f = new Fragment(split, d);
                    }
                }
            }
            return f;
        }

        private Fragment primary() {
            if (pos >= tokens.size()) throw new IllegalArgumentException("missing argument to repetition operator");
            Token t = tokens.get(pos++);
            switch (t.kind()) {
                case ATOM -> {
                    int n = re.node(CHAR, new CharTest(Pattern.compile(t.java())), null);
                    return new Fragment(n, List.of(new int[] {n, 0}));
                }
                case ASSERT -> {
                    int n = re.node(ASSERT, null, t.assertion());
                    return new Fragment(n, List.of(new int[] {n, 0}));
                }
                default -> {
                    if (t.op() != '(')
                        throw new IllegalArgumentException("missing argument to repetition operator: " + t.op());
                    Fragment inner = alternation();
                    if (!atOperator(')')) throw new IllegalArgumentException("missing closing )");
                    pos++;
                    return inner;
                }
            }
        }
    }

    /** One atom's test, remembered per character (paths repeat the same few characters). */
    private static final class CharTest {
        private final Pattern pattern;
        private final byte[] ascii = new byte[128]; // 0 unknown, 1 yes, 2 no
        private final Map<Integer, Boolean> other = new HashMap<>();

        CharTest(Pattern pattern) {
            this.pattern = pattern;
        }

        boolean test(int cp) {
            if (cp < 128) {
                if (ascii[cp] == 0) ascii[cp] = (byte) (eval(cp) ? 1 : 2);
                return ascii[cp] == 1;
            }
            return other.computeIfAbsent(cp, this::eval);
        }

        private boolean eval(int cp) {
            return pattern.matcher(Character.toString(cp)).matches();
        }
    }
}
