package dev.imgslim.shell;

import java.util.Arrays;

/**
 * A compiled shell wildcard pattern, matched by simulating its automaton over the text.
 *
 * <p>BuildKit compiles these patterns to Go regular expressions, which run in linear time. A Java
 * regular expression would give the same answers but can backtrack for a very long time
 * ({@code ${V#*x*x*y}} on a long value), and a linter must not hang on an odd ARG value. Each step
 * here is O(pattern length), so a search is O(text x pattern). The answers are those of Go's
 * leftmost-first matching: with all-lazy stars the anchored match is the shortest, with all-greedy
 * stars it is the longest, and an unanchored greedy search takes the leftmost start and the longest
 * match from there.
 *
 * <p>As in Go, {@code *} and {@code ?} do not match a newline.
 */
final class Glob {

    private static final int ANY = -2; // ?
    private static final int STAR = -3; // *

    /** Literal code points (>= 0), {@link #ANY} or {@link #STAR}; the accepting state is {@code tokens.length}. */
    private final int[] tokens;

    private Glob(int[] tokens) {
        this.tokens = tokens;
    }

    /**
     * Compiles {@code pattern}: {@code *}, {@code ?}, and {@code \} before {@code *}, {@code ?} or
     * {@code \} for the literal character. A {@code \} before {@code }} or {@code /} is dropped
     * (it was needed only to write those characters inside {@code ${...}}).
     *
     * @throws SubstitutionError for any other escape, with BuildKit's wording
     */
    static Glob compile(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        int[] tokens = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '*') {
                tokens[n++] = STAR;
            } else if (cp == '?') {
                tokens[n++] = ANY;
            } else if (cp == '\\') {
                int following = i + 1 < cps.length ? cps[i + 1] : -1;
                if (following == '}' || following == '/') {
                    continue;
                }
                if (following != '*' && following != '?' && following != '\\') {
                    throw new SubstitutionError("invalid escape '\\" + goFormatRune(following) + "'");
                }
                tokens[n++] = following;
                i++;
            } else {
                tokens[n++] = cp;
            }
        }
        return new Glob(Arrays.copyOf(tokens, n));
    }

    /**
     * Where a match anchored at the start of {@code text} ends (a code point index), taking the
     * shortest match or the longest; -1 when there is none.
     */
    int matchPrefix(int[] text, boolean longest) {
        int accept = tokens.length;
        boolean[] current = new boolean[accept + 1];
        boolean[] next = new boolean[accept + 1];
        addClosure(current, 0);
        int found = current[accept] ? 0 : -1;
        if (found == 0 && !longest) {
            return 0;
        }
        for (int i = 0; i < text.length; i++) {
            Arrays.fill(next, false);
            boolean alive = false;
            for (int s = 0; s < accept; s++) {
                if (current[s]) {
                    int target = transition(s, text[i]);
                    if (target >= 0) {
                        addClosure(next, target);
                        alive = true;
                    }
                }
            }
            boolean[] t = current;
            current = next;
            next = t;
            if (!alive) {
                break;
            }
            if (current[accept]) {
                found = i + 1;
                if (!longest) {
                    return found;
                }
            }
        }
        return found;
    }

    /**
     * The leftmost match starting at or after {@code from}, longest at that start (greedy stars):
     * {@code {start, end}} in code points, or null. Each automaton state keeps only the earliest
     * start that reached it, since an earlier start always wins and the future is the same.
     */
    int[] find(int[] text, int from) {
        int accept = tokens.length;
        int[] current = new int[accept + 1];
        int[] next = new int[accept + 1];
        Arrays.fill(current, -1);
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = from; ; i++) {
            if (bestStart < 0) {
                addClosure(current, 0, i);
            }
            int s0 = current[accept];
            if (s0 >= 0 && (bestStart < 0 || s0 < bestStart || (s0 == bestStart && i > bestEnd))) {
                bestStart = s0;
                bestEnd = i;
            }
            boolean alive = false;
            for (int s = 0; s < accept; s++) {
                if (current[s] >= 0 && bestStart >= 0 && current[s] > bestStart) {
                    current[s] = -1; // cannot beat the match already found
                }
                alive |= current[s] >= 0;
            }
            if (i == text.length || (!alive && bestStart >= 0)) {
                break;
            }
            Arrays.fill(next, -1);
            for (int s = 0; s < accept; s++) {
                if (current[s] >= 0) {
                    int target = transition(s, text[i]);
                    if (target >= 0) {
                        addClosure(next, target, current[s]);
                    }
                }
            }
            int[] t = current;
            current = next;
            next = t;
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }

    /** The state after reading {@code cp} in state {@code s}, or -1 when the thread dies. */
    private int transition(int s, int cp) {
        int token = tokens[s];
        if (token == STAR) {
            return cp == '\n' ? -1 : s; // a star stays put; leaving it is the epsilon move
        }
        if (token == ANY) {
            return cp == '\n' ? -1 : s + 1;
        }
        return token == cp ? s + 1 : -1;
    }

    /** Adds {@code s} and the states reachable by skipping stars. */
    private void addClosure(boolean[] set, int s) {
        while (!set[s]) {
            set[s] = true;
            if (s < tokens.length && tokens[s] == STAR) {
                s++;
            } else {
                return;
            }
        }
    }

    private void addClosure(int[] startOf, int s, int start) {
        while (startOf[s] < 0 || startOf[s] > start) {
            startOf[s] = start;
            if (s < tokens.length && tokens[s] == STAR) {
                s++;
            } else {
                return;
            }
        }
    }

    /** Go's {@code %c}: end of pattern (-1) prints as {@code %!c(int32=-1)}, as in BuildKit's message. */
    private static String goFormatRune(int cp) {
        return cp < 0 ? "%!c(int32=-1)" : new String(Character.toChars(cp));
    }
}
